# Українські слова сторінок, які не є статтями.

[error-page-phrases]
сторінку не знайдено, сторінка не знайдена, помилка 404, доступ заборонено,
сторінка не існує, такої сторінки немає, щось пішло не так,
сервіс тимчасово недоступний,
недоступний у вашій країні

[paywall-phrases]
тільки для передплатників, лише для передплатників, оформіть передплату,
щоб продовжити читання

# What an error page calls itself in a part of its title or a whole
# heading.
[error-page-names]
помилка

[home-page-names]
головна, головна сторінка

[listing-title-phrases]
результати пошуку, усі матеріали за темою, архів новин

[login-page-phrases]
вхід, увійти, авторизація, реєстрація

# The words of one letter: a line that opens with another capital letter
# apart from its word ("T he Davis Cup began ...") lost a drop cap's
# markup; one of these opens a sentence ("A man ...").
[one-letter-words]
в, у, з, і, й, о, а, я, с, к
