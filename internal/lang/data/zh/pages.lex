# 不是文章的页面上的词语。

[error-page-phrases]
页面不存在, 頁面不存在, 页面未找到, 找不到页面, 找不到網頁, 找不到该页面,
您访问的页面不存在, 您要访问的页面不存在, 抱歉，您访问的页面不存在,
访问被拒绝, 拒绝访问, 拒絕存取, 服务器错误, 伺服器錯誤, 网页不存在, 網頁不存在

[paywall-phrases]
订阅后阅读, 付费阅读, 订阅全文, 訂閱後閱讀, 付費閱讀, 登录后阅读全文

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
错误

[home-page-names]
首页, 首頁, 主页, 主頁

[listing-title-phrases]
搜索结果, 搜尋結果, 检索结果

[listing-page-names]
归档, 歸檔, 文章归档, 标签, 標籤, 所有标签, 分类, 分類, 搜索, 搜尋, 站点地图, 網站地圖

[login-page-phrases]
登录, 登錄, 注册, 註冊
