# Русские слова страниц, которые не являются статьями.

[error-page-phrases]
страница не найдена, ошибка 404, доступ запрещен, доступ запрещён,
страница не существует, такой страницы нет, страница удалена,
сервис недоступен, сервис временно недоступен, что-то пошло не так,
материал недоступен,
недоступен в вашей стране, недоступно в вашем регионе

[paywall-phrases]
только для подписчиков, оформите подписку, чтобы продолжить чтение,
чтобы читать дальше, материал доступен только подписчикам

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
ошибка

[home-page-names]
главная, главная страница

[listing-title-phrases]
результаты поиска, все материалы по теме, архив новостей

[login-page-phrases]
вход, войти, вход в личный кабинет, авторизация, регистрация

# The words of one letter: a line that opens with another capital letter
# apart from its word ("T he Davis Cup began ...") lost a drop cap's
# markup; one of these opens a sentence ("A man ...").
[one-letter-words]
в, с, к, о, у, и, а, я
