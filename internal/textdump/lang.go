package textdump

import (
	"strings"
	"unicode"
)

// stopwords lists the commonest function words of the languages the
// project's sources write in. Prose is dense in them whatever its topic,
// while menus, link lists and widgets are not, which is what the
// classifier uses them for (after Pomikálek's jusText); the detector below
// uses the same lists to name the language.
var stopwords = map[string]string{
	"en": `a about after against all already also although am among an and another any are around as at away back be because been before being below between both but by can could did do does down during each even ever every few for from further get got had has have having he her here hers herself him himself his how however i if in into is it its itself just last later like made make many may me might more most much must my myself never new next no nor not now of off often on once one only or other our ourselves out over own per said same says she should since so some still such than that the their them then there these they this those though through thus to too toward under until up upon us use used using very via was we well were what when where whether which while who whom why will with within without would year years yet you your yours yourself yourselves`,
	"es": `a al algo algunos ante antes aquí así aunque cada como con contra cual cuando de del desde donde dos durante e el ella ellas ellos en entre era es esa ese esta este esto estos fue fueron ha había han hasta hay la las le les lo los más me mi mientras muy ni no nos o otra otro para pero poco por porque que quien se sea ser si sido sin sobre son su sus también tiene todo todos tras un una uno unos y ya`,
	"de": `aber alle als also am an auch auf aus bei bereits bis da damit dann das dass dem den der des die dies diese dieser doch durch ein eine einem einen einer es für gegen hat hatte ich ihr im in ist jetzt kann kein man mehr mit nach nicht noch nun nur oder schon sein seine sich sie sind so über um und uns unter vom von vor war waren was wenn werden wie wird wir wurde zu zum zur zwischen`,
	"fr": `à au aussi aux avait avec ce cela ces cette comme dans de des deux du elle en encore est et été être il ils la le les leur lui mais même ne nous on ont ou par pas plus pour qu que qui sa sans se ses son sont sur tout tous très un une vous y`,
	"pt": `a ao aos as até com como da das de dela do dos e é ela ele eles em entre era essa esse esta este foi foram há isso já mais mas muito na nas não no nos o os ou para pela pelo por que se sem ser seu seus sobre sua suas também tem um uma uns`,
	"it": `a ai al alla alle anche che ci come con da dai dal dalla degli dei del della delle di è e gli ha hanno i il in la le lo ma nel nella non o per più poi quando questa questo se si sia sono su sua suo tra un una uno`,
	"nl": `aan al als bij dan dat de den der die dit door een en er had heeft het hij hoe in is je kan maar met meer na naar niet nog of om ook op over te tegen tot uit van voor was wat werd wie wij worden zich zijn zo`,
	"id": `ada adalah agar akan atau bahwa banyak bisa dalam dan dari dengan di dia hanya ini itu juga ke kepada karena lebih mereka oleh pada saat sangat sebagai sudah telah tersebut tidak untuk yang`,
	"ru": `а без более больше будет будто бы был была были было быть в вам вас вдруг ведь вот впрочем все всегда всего всех всю вы где да даже два для до другой его ее ей ему если есть еще ещё её ж же за зачем здесь и из или им иногда их к как какая какой когда конечно которая которое которые который которых кто куда ли лучше между меня мне много мое моей может можно мой моя мы на над надо наконец нас не него нее ней нельзя нет ни нибудь никогда ним них ничего но ну о об один однако он она они опять от очень перед по под после потом потому почти при про раз разве с сам свои своих свой свою себе себя сейчас со совсем так также такой там тебя тем теперь то тогда того тоже только том тот три тут ты у уж уже хорошо хоть чего чем через что чтоб чтобы чуть эти это этого этой этом этот эту я`,
}

// stopwordSet maps each stop word to the languages that use it.
var stopwordSet = func() map[string][]string {
	m := make(map[string][]string)
	for lang, words := range stopwords {
		for _, w := range strings.Fields(words) {
			m[w] = append(m[w], lang)
		}
	}
	return m
}()

// tokenize splits s into lower-cased word tokens (runs of letters and
// digits).
func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// detectLanguage names the language of text by script, then by which
// language's stop words it uses most; "" when it cannot tell.
func detectLanguage(text string) string {
	var hangul, kana, han, cyrillic, arabic, greek, letters int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Greek, r):
			greek++
		}
	}
	if letters == 0 {
		return ""
	}
	switch share := func(n int) bool { return n*3 > letters }; {
	case share(hangul):
		return "ko"
	case kana*10 > letters:
		return "ja"
	case share(han):
		return "zh"
	case share(arabic):
		return "ar"
	case share(greek):
		return "el"
	}
	counts := make(map[string]int)
	toks := tokenize(text)
	for _, t := range toks {
		for _, lang := range stopwordSet[t] {
			counts[lang]++
		}
	}
	best, bestN := "", 0
	for lang, n := range counts {
		if n > bestN || (n == bestN && lang < best) {
			best, bestN = lang, n
		}
	}
	// Too few stop words means the text is in a language without a list
	// (or is not prose); say nothing rather than guess.
	if bestN*20 < len(toks) || bestN < 3 {
		if cyrillic*2 > letters {
			return "ru"
		}
		return ""
	}
	return best
}
