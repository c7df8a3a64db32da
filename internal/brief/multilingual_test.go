package brief

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"crosscheck/internal/article"
)

// The stories below are written for these tests in the shape of news
// wires of each language: a dateline or date, counts, a direct quote with
// its cue after it and one before it, reported speech.

var zhStory = []article.Article{
	{Site: "东海日报", Language: "zh", Title: "渡轮在舟岛附近搁浅", Text: "3月5日晚，一艘载有312名乘客的渡轮在舟岛港附近搁浅，目前已造成2人死亡、15人受伤。\n舟岛海事局局长陈立新表示，救援工作已于昨天深夜全部完成。\n“船体没有出现漏油，乘客都已安全转移。”陈立新说。\n事故原因仍在调查之中。"},
	{Site: "南方快报", Language: "zh", Title: "舟岛渡轮搁浅 两人遇难", Text: "据舟岛海事局通报，一艘渡轮于3月5日晚在舟岛港附近搁浅，事故造成2人死亡、17人受伤。\n渡轮当时载有312名乘客和20名船员。\n海事局局长陈立新对记者说：“所有乘客都已安全转移，船体没有漏油。”\n当地政府已成立事故调查组，调查事故原因。"},
	{Site: "滨海网", Language: "zh", Title: "渡轮搁浅事故调查启动", Text: "3月5日晚，一艘渡轮在舟岛港外搁浅，2人死亡。\n舟岛市政府6日表示，已成立调查组，全面调查事故原因。\n海事局称，船上312名乘客已全部获救。"},
}

var jaStory = []article.Article{
	{Site: "港北新聞", Language: "ja", Title: "フェリー座礁、2人死亡", Text: "2024年3月5日夜、乗客312人を乗せたフェリーが港の沖で座礁し、2人が死亡、15人がけがをした。\n海上保安部の山田健一部長は6日、記者団に対し「乗客は全員救助された。油の流出はない」と述べた。\n事故の原因は調査中だ。"},
	{Site: "湾岸タイムズ", Language: "ja", Title: "フェリー座礁事故", Text: "3月5日夜、フェリーが港の沖で座礁し、乗客2人が死亡した。\n海上保安部の山田健一部長は「油の流出は確認されていない」と語った。\n市は6日、事故調査委員会を設置すると発表した。"},
	// A third outlet: a credit stands confident only when another
	// outlet corroborates it.
	{Site: "西日本通信", Language: "ja", Title: "港の沖でフェリー座礁", Text: "3月5日夜、乗客312人を乗せたフェリーが港の沖で座礁し、乗客2人が死亡した。\n市は事故の原因を調べている。"},
}

func TestMultilingualStoriesBrief(t *testing.T) {
	day := time.Date(2024, 3, 6, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name     string
		arts     []article.Article
		speaker  string
		cue      string
		timeline string
	}{
		{"zh", zhStory, "陈立新", "说", "2024-03-05"},
		{"ja", jaStory, "山田健一", "と述べた", "2024-03-05"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts := slices.Clone(tc.arts)
			for i := range arts {
				arts[i].Published = day.Add(time.Duration(i) * time.Hour)
			}
			b, err := Build(context.Background(), Story{ID: 1, Title: arts[0].Title}, arts, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Summary) == 0 {
				t.Error("no summary")
			}
			if len(b.Agreed)+len(b.Partial) == 0 {
				t.Error("no fact reported by more than one outlet")
			}
			var quoted bool
			for _, sq := range b.Quotes {
				for _, q := range sq.Quotes {
					if sq.Speaker == tc.speaker && q.Cue == tc.cue && q.Kind == QuoteDirect {
						quoted = true
					}
				}
			}
			if !quoted {
				t.Errorf("no direct quote of %s with cue %s; quotes: %+v", tc.speaker, tc.cue, b.Quotes)
			}
			var dated bool
			for _, e := range b.Timeline {
				dated = dated || e.Start == tc.timeline
			}
			if !dated {
				t.Errorf("timeline has no entry on %s: %+v", tc.timeline, b.Timeline)
			}
			for _, o := range b.Outlets {
				for _, a := range o.Articles {
					if a.AnalysedIn != tc.name || a.LanguageFallback != "" {
						t.Errorf("%s: analysed_in %q, fallback %q", o.Name, a.AnalysedIn, a.LanguageFallback)
					}
				}
			}
			for _, c := range b.Conflicts {
				for _, v := range c.Variants {
					if strings.TrimSpace(v.Value) == "" {
						t.Errorf("conflict with an empty value: %+v", c)
					}
				}
			}
		})
	}
}
