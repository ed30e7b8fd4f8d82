package calendar

import "github.com/lhasa-sti/platform/internal/enum"

// Source is the authority whose arrangement makes a day a holiday or an adjusted working
// day. The set is append-only: codes and numeric values never change.
type Source uint8

// The three sources a Lhasa calendar needs.
const (
	// National is the State Council's yearly arrangement (国务院办公厅关于某年部分节假日安排的通知)
	// under 《全国年节及纪念日放假办法》.
	National Source = iota + 1
	// TibetanNewYear is 藏历新年 as 拉萨市人民政府办公室 arranges it each year under 第四条 of
	// 《全国年节及纪念日放假办法》 (少数民族习惯的节日).
	TibetanNewYear
	// Shoton is 雪顿节, arranged the same way.
	Shoton
)

var sourceNames = enum.New(enum.Table[Source]{Type: "Source", Pkg: "calendar", Field: "source", First: National,
	Codes:   []string{"", "national", "tibetan_new_year", "shoton"},
	Zh:      []string{"", "全国年节", "藏历新年", "雪顿节"},
	En:      []string{"", "national holidays", "Tibetan New Year", "Shoton festival"},
	Invalid: invalid,
})

// invalid is the error of an enumeration's parser or marshaller.
func invalid(op, field, input string) error { return errf(op, kindInvalid, field, input, nil) }

// Sources returns the three sources in order, as a fresh slice.
func Sources() []Source { return sourceNames.Values() }

// Valid reports whether s is one of the three sources.
func (s Source) Valid() bool { return sourceNames.Valid(s) }

// Regional reports whether s is a Lhasa festival (藏历新年 or 雪顿节).
func (s Source) Regional() bool { return s == TibetanNewYear || s == Shoton }

// String returns the stable code (national, tibetan_new_year, shoton), or %!Source(n).
func (s Source) String() string { return sourceNames.String(s) }

// Chinese returns 全国年节, 藏历新年 or 雪顿节 ("" for an invalid value).
func (s Source) Chinese() string { return sourceNames.Chinese(s) }

// English returns an English name ("" for an invalid value).
func (s Source) English() string { return sourceNames.English(s) }

// ParseSource accepts the code or the Chinese name.
func ParseSource(v string) (Source, error) { return sourceNames.Parse(v) }

// MarshalText writes the stable code.
func (s Source) MarshalText() ([]byte, error) { return sourceNames.Marshal(s) }

// UnmarshalText accepts what [ParseSource] accepts.
func (s *Source) UnmarshalText(b []byte) error {
	v, err := ParseSource(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// DayKind says why a day is or is not a working day.
type DayKind uint8

// The kinds of day.
const (
	Weekday         DayKind = iota + 1 // Monday to Friday, no arrangement: a working day
	Weekend                            // Saturday or Sunday, no arrangement: a rest day (周休息日)
	Holiday                            // an off day of a national or Lhasa arrangement (放假)
	AdjustedWorkDay                    // a weekend day an arrangement makes a working day (调休上班)
)

var dayKindNames = enum.New(enum.Table[DayKind]{Type: "DayKind", Pkg: "calendar", Field: "kind", First: Weekday,
	Codes:   []string{"", "weekday", "weekend", "holiday", "adjusted_work_day"},
	Zh:      []string{"", "工作日", "周休息日", "放假", "调休上班"},
	Invalid: invalid,
})

// Valid reports whether k is one of the four kinds.
func (k DayKind) Valid() bool { return dayKindNames.Valid(k) }

// String returns the stable code, or %!DayKind(n).
func (k DayKind) String() string { return dayKindNames.String(k) }

// Chinese returns 工作日, 周休息日, 放假 or 调休上班 ("" for an invalid value).
func (k DayKind) Chinese() string { return dayKindNames.Chinese(k) }

// MarshalText writes the stable code.
func (k DayKind) MarshalText() ([]byte, error) { return dayKindNames.Marshal(k) }
