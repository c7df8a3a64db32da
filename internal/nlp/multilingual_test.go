package nlp

import (
	"crosscheck/internal/lang"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var mlRef = time.Date(2023, 9, 12, 10, 0, 0, 0, time.UTC)

func TestMultilingualSentences(t *testing.T) {
	for _, tc := range []struct {
		lang, text string
		want       []string
	}{
		{"zh", "地震造成2人死亡。救援仍在进行！伤者人数会上升吗？", []string{"地震造成2人死亡。", "救援仍在进行！", "伤者人数会上升吗？"}},
		{"zh", "“我们呼吁各方保持克制。”毛宁说。局势仍然紧张。", []string{"“我们呼吁各方保持克制。”毛宁说。", "局势仍然紧张。"}},
		{"ja", "首相は「対策をまとめたい。生活を守る」と述べた。会見は30分続いた。", []string{"首相は「対策をまとめたい。生活を守る」と述べた。", "会見は30分続いた。"}},
		{"ja", "値上げ率は3.5％だった。", []string{"値上げ率は3.5％だった。"}},
		// An unclosed mark does not swallow the paragraph.
		{"zh", "他说：“我们会继续。事情还没有结束。", []string{"他说：“我们会继续。", "事情还没有结束。"}},
	} {
		d := AnalyzeIn(tc.text, mlRef, tc.lang)
		var got []string
		for _, s := range d.Sentences {
			got = append(got, s.Text)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s %q (-want +got):\n%s", tc.lang, tc.text, diff)
		}
	}
}

func TestMultilingualQuotes(t *testing.T) {
	type q struct{ Speaker, Text, Cue, Kind string }
	for _, tc := range []struct {
		lang, text string
		want       []q
	}{
		{"zh", "“船体没有出现漏油。”陈立新说。", []q{{"陈立新", "船体没有出现漏油。", "说", QuoteDirect}}},
		{"zh", "海事局局长陈立新对记者说：“所有乘客都已安全转移。”", []q{{"海事局局长陈立新", "所有乘客都已安全转移。", "对记者说", QuoteDirect}}},
		{"zh", "外交部发言人毛宁12日在例行记者会上表示，中方愿同各方一道推动局势缓和。", []q{{"外交部发言人毛宁", "中方愿同各方一道推动局势缓和", "表示", QuoteReported}}},
		// A pronoun speaker is the one just named; with none, nobody.
		{"zh", "“我们会继续努力。”他说。", []q{{"", "我们会继续努力。", "说", QuoteDirect}}},
		// A quoted term is not speech.
		{"zh", "这种“灰犀牛”现象值得警惕。", nil},
		{"ja", "岸田文雄首相は12日、記者団に対し「経済対策を早急にまとめたい」と述べた。", []q{{"岸田文雄首相", "経済対策を早急にまとめたい", "と述べた", QuoteDirect}}},
		{"ja", "松野博一官房長官は記者会見で、対策の効果を検証すると説明した。", []q{{"松野博一官房長官", "対策の効果を検証する", "と説明した", QuoteReported}}},
		{"it", "Il ministero comunica che le scuole resteranno chiuse fino a lunedì.", []q{{"Il ministero", "le scuole resteranno chiuse fino a lunedì", "comunica", QuoteReported}}},
		{"ru", "Министерство заявило, что поставки возобновятся в марте.", []q{{"Министерство", "поставки возобновятся в марте", "заявило", QuoteReported}}},
		{"pt", "\"O prazo termina amanhã e não será prorrogado\", acrescenta o porta-voz.", []q{{"o porta-voz", "O prazo termina amanhã e não será prorrogado", "acrescenta", QuoteDirect}}},
		// Russian and Ukrainian attributions: an opening "as X said"
		// clause, "according to X", direct speech after a dash, a cue
		// after what it reports, a role before the name.
		{"ru", "Как заявил министр обороны Сергей Шойгу, войска отведены от границы.", []q{{"Сергей Шойгу", "войска отведены от границы", "заявил", QuoteReported}}},
		{"ru", "По словам свидетелей, нападавший скрылся на машине.", []q{{"свидетелей", "нападавший скрылся на машине", "По словам", QuoteReported}}},
		{"ru", "— Мы готовы к переговорам, — заявил Песков журналистам.", []q{{"Песков", "Мы готовы к переговорам", "заявил", QuoteDirect}}},
		{"ru", "Парламент одобрил законопроект в первом чтении, передает УНН.", []q{{"УНН", "Парламент одобрил законопроект в первом чтении", "передает", QuoteReported}}},
		// A quote inside reported speech is its speaker's.
		{"ru", "Как сказал Песков, в Кремле об этом не знали и вообще «это внутреннее решение руководства».", []q{
			{"Песков", "в Кремле об этом не знали и вообще «это внутреннее решение руководства»", "сказал", QuoteReported},
			{"Песков", "это внутреннее решение руководства", "сказал", QuoteDirect},
		}},
		{"uk", "За словами прокурора, справу передано до суду.", []q{{"прокурора", "справу передано до суду", "За словами", QuoteReported}}},
		{"uk", "Як заявив речник поліції Олег Петренко, затримано трьох людей.", []q{{"Олег Петренко", "затримано трьох людей", "заявив", QuoteReported}}},
		// A quote over two sentences in marks alike at both ends.
		{"uk", "Венедіктова заявила: \"Я отримала лист без матеріалів. Лист і чернетка — все\".", []q{{"Венедіктова", "Я отримала лист без матеріалів. Лист і чернетка — все", "заявила", QuoteDirect}}},
		// German reported speech only where the Konjunktiv marks it; a
		// cue after a subordinate clause is its main verb.
		{"de", "Die Lage sei ernst, sagte Müller am Montag.", []q{{"Müller", "Die Lage sei ernst", "sagte", QuoteReported}}},
		{"de", "Der Präsident schrieb auf Twitter, er sei froh über die Nachricht.", []q{{"Der Präsident", "er sei froh über die Nachricht", "schrieb", QuoteReported}}},
		{"de", "Die Polizei kam am Abend, sagte Müller.", nil},
		{"de", "Als der Minister ankam, erklärte Müller die Lage sei ernst.", nil},
		{"de", "Müller sagte, die Polizei kam am Abend.", nil},
		// An impersonal cue names no speaker before it.
		{"de", "Darin heißt es, er sei krank gewesen.", nil},
		// A source named after "laut" without a comma.
		{"de", "Seit Montag wurden laut der Feuerwehr zwölf Häuser geräumt.", []q{{"der Feuerwehr", "Seit Montag wurden laut der Feuerwehr zwölf Häuser geräumt", "laut", QuoteReported}}},
		// A quote standing alone goes on the quote before it.
		{"de", "„Wir sind bereit zu Gesprächen“, sagt Anna Weber. „Das ist eine Chance für alle.“", []q{
			{"Anna Weber", "Wir sind bereit zu Gesprächen", "sagt", QuoteDirect},
			{"Anna Weber", "Das ist eine Chance für alle.", "sagt", QuoteDirect},
		}},
		// An attribution between dashes inside the quote marks.
		{"ru", "«Мы готовы, — заявил Песков, — к переговорам без условий».", []q{{"Песков", "Мы готовы к переговорам без условий", "заявил", QuoteDirect}}},
		{"it", "“Questi orologi – scrivono gli attivisti – attirano l’attenzione del mondo”.", []q{{"gli attivisti", "Questi orologi attirano l’attenzione del mondo", "scrivono", QuoteDirect}}},
		// What a speaker called a thing.
		{"ru", "Санду охарактеризовала этот законопроект как «попытку узурпировать власть в государстве».", []q{{"Санду", "попытку узурпировать власть в государстве", "охарактеризовала", QuoteDirect}}},
	} {
		d := AnalyzeIn(tc.text, mlRef, tc.lang)
		var got []q
		for _, x := range d.Quotes {
			got = append(got, q{x.Speaker, x.Text, x.Cue, x.Kind})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s %q (-want +got):\n%s", tc.lang, tc.text, diff)
		}
	}
}

func TestMultilingualTimes(t *testing.T) {
	type tm struct{ Text, Start, Gran string }
	for _, tc := range []struct {
		lang, text string
		want       []tm
	}{
		{"zh", "2023年9月8日，地震发生。", []tm{{"2023年9月8日", "2023-09-08", GranDay}}},
		{"zh", "二〇二三年九月八日，地震发生。", []tm{{"二〇二三年九月八日", "2023-09-08", GranDay}}},
		{"zh", "昨天，救援队抵达。周日的余震更强。", []tm{{"昨天", "2023-09-11", GranDay}, {"周日", "2023-09-10", GranDay}}},
		{"zh", "毛宁12日表示。", []tm{{"12日", "2023-09-12", GranDay}}},
		{"ja", "２０２３年９月８日、地震が発生した。", []tm{{"２０２３年９月８日", "2023-09-08", GranDay}}},
		{"ja", "2022年3月に法律が成立した。", []tm{{"2022年3月", "2022-03-01", GranMonth}}},
		{"ja", "昨日、首相が視察した。", []tm{{"昨日", "2023-09-11", GranDay}}},
		{"zh", "2023年2月30日不存在。", nil},
	} {
		d := AnalyzeIn(tc.text, mlRef, tc.lang)
		var got []tm
		for _, x := range d.Times {
			got = append(got, tm{x.Text, x.Start.Format("2006-01-02"), x.Granularity})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s %q (-want +got):\n%s", tc.lang, tc.text, diff)
		}
	}
}

func TestMultilingualQuantities(t *testing.T) {
	type qt struct {
		Text  string
		Value float64
		Unit  string
	}
	for _, tc := range []struct {
		lang, text string
		want       []qt
	}{
		{"zh", "地震已造成至少1.2万人受伤，另有300人死亡。", []qt{{"1.2万人", 12000, "people"}, {"300人", 300, "people"}}},
		{"zh", "救援人员救出了两千名群众，损失达3亿元。", []qt{{"两千名", 2000, "people"}, {"3亿元", 300000000, "CNY"}}},
		{"zh", "增长了１２％。", []qt{{"１２％", 12, "%"}}},
		{"ja", "総額3兆円の補正予算で、1,200人が対象となる。", []qt{{"3兆円", 3e12, "JPY"}, {"1,200人", 1200, "people"}}},
		// The minutes of a time count nothing; tens are number words and
		// days a unit.
		{"nl", "De melding kwam om 11:12 binnen, na dertig dagen zonder brand.", []qt{{"dertig dagen", 30, "days"}}},
		// "в 2017 году" is a year, not 2017 of something.
		{"ru", "В 2017 году завод простоял шесть часов.", []qt{{"шесть часов", 6, "hours"}}},
		// "о 21 годині" is a time of day.
		{"uk", "Засідання почалося о 21 годині і тривало 5 днів.", []qt{{"5 днів", 5, "days"}}},
		{"it", "Le temperature saliranno fino a 23°C e a 1,5 °C in quota.", []qt{{"23°C", 23, "°C"}, {"1,5 °C", 1.5, "°C"}}},
		// Abbreviated multipliers take their dot; thousands are grouped
		// by a space, a no-break or a narrow no-break space.
		{"de", "Der Schaden beträgt 3,5 Mio. Euro, der Umsatz 2,1 Mrd. €.", []qt{{"3,5 Mio. Euro", 3.5e6, "EUR"}, {"2,1 Mrd. €", 2.1e9, "EUR"}}},
		{"ru", "Ущерб составил 1 234,5 млн рублей и 1\u00a0500 тыс. долларов.", []qt{{"1 234,5 млн рублей", 1.2345e9, "RUB"}, {"1\u00a0500 тыс. долларов", 1.5e6, "USD"}}},
		{"uk", "Евакуйовано 1\u202f234 особи.", []qt{{"1\u202f234 особи", 1234, "people"}}},
		// A number word with a multiplier; a year before the word for
		// year is a year, two years are a length of time.
		{"ru", "Ущерб оценили в девять миллионов рублей.", []qt{{"девять миллионов рублей", 9e6, "RUB"}}},
		{"de", "Der Bund gibt zwei Millionen Euro.", []qt{{"zwei Millionen Euro", 2e6, "EUR"}}},
		{"ru", "Конфликт развивался с 2014 года и длился 2 года.", []qt{{"2 года", 2, "years"}}},
		{"uk", "У 2020 році суд тривав 3 роки.", []qt{{"3 роки", 3, "years"}}},
	} {
		d := AnalyzeIn(tc.text, mlRef, tc.lang)
		var got []qt
		for _, x := range d.Quantities {
			got = append(got, qt{x.Text, x.Value, x.Unit})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s %q (-want +got):\n%s", tc.lang, tc.text, diff)
		}
	}
}

func TestParseLocalNumber(t *testing.T) {
	for _, tc := range []struct {
		s          string
		th, dec    rune
		want       float64
		decimals   int
		wantLength int
	}{
		{"1.234,5 Menschen", '.', ',', 1234.5, 1, 7},
		{"1 234,5", ' ', ',', 1234.5, 1, 7},
		{"1\u202f234", ' ', ',', 1234, 0, 7},
		{"1,234.5", ',', '.', 1234.5, 1, 7},
		{"3.5 Prozent", '.', ',', 3, 0, 1}, // "3.5" is no German number: the 3 alone
		{"１２３", ',', '.', 123, 0, 9},
		{"12.34.567", '.', ',', 12, 0, 2},
		{"13.293 blessés", ' ', ',', 13293, 0, 6}, // a dot groups thousands where the comma is decimal
		{"13.30 heures", ' ', ',', 13, 0, 2},
		{"2.316,5", ' ', ',', 2316.5, 1, 7},
		{"x", '.', ',', 0, 0, 0},
	} {
		v, dec, n := parseLocalNumber(tc.s, tc.th, tc.dec)
		if v != tc.want || dec != tc.decimals || n != tc.wantLength {
			t.Errorf("parseLocalNumber(%q) = %v, %d, %d; want %v, %d, %d", tc.s, v, dec, n, tc.want, tc.decimals, tc.wantLength)
		}
	}
}

func mustLexicon(code string) *lang.Lexicon {
	l, ok := lang.For(code)
	if !ok {
		panic("no lexicon " + code)
	}
	return l
}
