# Ukrainian: the commonest function words, dense in prose whatever its
# topic (internal/lang/detect.go names a text's language by them; the text
# dump's classifier tells prose from menus by them, after jusText). Many
# are Russian words too ("на", "не", "до"); "і", "та", "що", "від", "це",
# "його" are not.

[detection-words]
а, або, адже, але, б, без, би, біля, близько, бо, був, була, були, було,
буде, будуть, бути, в, вам, вас, вже, від, він, вона, вони, воно, все, всі,
всіх, де, для, до, є, ж, же, з, за, зі, зокрема, і, із, її, їй, їм, їх, й,
його, йому, коли, крім, лише, має, мають, ми, між, може, можна, на, над,
навіть, наразі, нас, не, неї, ні, нього, них, о, однак, під, після, по,
понад, поки, при, про, проте, саме, свої, своїх, себе, серед, та, так,
також, там, те, теж, тепер, ти, тим, тих, то, тобто, тому, тут, у, уже,
усі, усе, хоча, це, цей, ці, цих, цього, ця, чи, через, що, щоб, щодо, ще,
я, як, яка, яке, який, які, яких, якщо

# Letters Ukrainian writes and Russian does not: they name the language of
# a Cyrillic text too short for its function words to.
[detection-letters]
і, ї, є, ґ
