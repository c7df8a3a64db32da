# 記事ではないページの言葉。

[error-page-phrases]
ページが見つかりません, ページが見つかりませんでした, お探しのページは見つかりません,
お探しのページ, ページは存在しません, 指定されたページは存在しません,
アクセスが拒否されました, アクセスできません, エラーが発生しました,
ただいまメンテナンス中, メンテナンス中です

[paywall-phrases]
有料会員限定, この記事は有料会員限定です, 続きを読むには, 会員登録が必要です,
有料会員になると続きを読めます

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
エラー

[home-page-names]
ホーム, トップページ

[listing-title-phrases]
検索結果, の検索結果, 記事一覧, タグ一覧

[listing-page-names]
アーカイブ, タグ, カテゴリー, カテゴリ, 検索, サイトマップ

[login-page-phrases]
ログイン, 会員登録, 新規登録
