package evaluation

import (
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/internal/enum"
)

// vocab builds the Names of one of the package's enumerations, whose values run from
// first (1, or 0 when the zero value is meaningful) upwards.
func vocab[T ~uint8](typ string, first T, codes, zh, en []string) *enum.Names[T] {
	return enum.New(enum.Table[T]{Type: typ, Pkg: "evaluation", Field: strings.ToLower(typ), First: first,
		Codes: codes, Zh: zh, En: en, Invalid: invalid})
}

// invalid is the error of an enumeration's parser or marshaller.
func invalid(op, field, input string) error {
	return platform.NewError(op, platform.ErrInvalid, field, input, nil)
}

// Dimension is one of the seven aspects of performance that 第二十一条 lists:
// "绩效评估主要内容包括承担国家、自治区、市级重大科技任务、实施关键技术攻关、引领行业技术进步、
// 面向社会提供技术创新服务、人才队伍建设、成果转化产业化、培育孵化科技型企业等方面的情况".
// The zero value is not a dimension. The set is append-only.
type Dimension uint8

// The seven dimensions of 第二十一条, in the article's order.
const (
	MajorTasks         Dimension = iota + 1 // 承担国家、自治区、市级重大科技任务
	KeyTechnologies                         // 实施关键技术攻关
	IndustryLeadership                      // 引领行业技术进步
	InnovationServices                      // 面向社会提供技术创新服务
	TalentTeam                              // 人才队伍建设
	Commercialisation                       // 成果转化产业化
	Incubation                              // 培育孵化科技型企业
)

// NumDimensions is the number of dimensions 第二十一条 lists.
const NumDimensions = 7

var dimensionVocab = vocab[Dimension]("Dimension", 1,
	[]string{"", "major_tasks", "key_technologies", "industry_leadership", "innovation_services",
		"talent_team", "commercialisation", "incubation"},
	[]string{"", "承担国家、自治区、市级重大科技任务", "实施关键技术攻关", "引领行业技术进步",
		"面向社会提供技术创新服务", "人才队伍建设", "成果转化产业化", "培育孵化科技型企业"},
	[]string{"", "undertaking major national, regional and city S&T tasks", "tackling key technologies",
		"leading technical progress in the industry", "technology innovation services to society",
		"building the talent team", "commercialising and industrialising results", "incubating tech-based firms"}, //nolint:misspell // British spelling of the project's English texts; examples/cohort golden files print it
)

// Dimensions returns the seven dimensions in the order of 第二十一条, as a fresh slice.
func Dimensions() []Dimension {
	return []Dimension{MajorTasks, KeyTechnologies, IndustryLeadership, InnovationServices, TalentTeam,
		Commercialisation, Incubation}
}

// Valid reports whether d is one of the seven dimensions.
func (d Dimension) Valid() bool { return dimensionVocab.Valid(d) }

// String returns the stable code (talent_team), or %!Dimension(n) for an invalid value.
func (d Dimension) String() string { return dimensionVocab.String(d) }

// Chinese returns the article's words (人才队伍建设), or "".
func (d Dimension) Chinese() string { return dimensionVocab.Chinese(d) }

// English returns an English name, or "".
func (d Dimension) English() string { return dimensionVocab.English(d) }

// ParseDimension accepts the code or the article's words.
func ParseDimension(s string) (Dimension, error) { return dimensionVocab.ParseTrimmed(s) }

// MarshalText encodes the stable code; it is also the JSON key of [Scores] and [Weights].
func (d Dimension) MarshalText() ([]byte, error) { return dimensionVocab.Marshal(d) }

// UnmarshalText accepts what [ParseDimension] accepts.
func (d *Dimension) UnmarshalText(b []byte) error {
	v, err := ParseDimension(string(b))
	if err == nil {
		*d = v
	}
	return err
}

// Participation says whether and how a platform took part in a round (第二十四条). The zero
// value, [TookPart], is the ordinary case.
type Participation uint8

// The ways a platform can stand in a round.
const (
	// TookPart: the platform took part and is graded.
	TookPart Participation = iota
	// AbsentWithoutCause: 无故不参加评估. Not graded and not counted in N; lifecycle removes it
	// from the filing sequence and bars it for three years (第二十四条).
	AbsentWithoutCause
	// Withdrew: 中途退出评估. Not counted in N by default (see [Options.WithdrawalsCountInN]);
	// lifecycle removes it and bars it for three years (第二十四条).
	Withdrew
	// AbsentWithCause: did not take part for a cause the organizer accepted. Not graded, not
	// counted in N, and no consequence: 第二十四条 attaches one only to 无故不参加.
	AbsentWithCause
)

var participationVocab = vocab[Participation]("Participation", 0,
	[]string{"took_part", "absent_without_cause", "withdrew", "absent_with_cause"},
	[]string{"参加评估", "无故不参加评估", "中途退出评估", "因故未参加评估"},
	[]string{"took part", "absent without cause", "withdrew midway", "absent with cause"},
)

// Valid reports whether p is a known participation.
func (p Participation) Valid() bool { return participationVocab.Valid(p) }

// String returns the stable code.
func (p Participation) String() string { return participationVocab.String(p) }

// Chinese returns the Chinese wording (无故不参加评估).
func (p Participation) Chinese() string { return participationVocab.Chinese(p) }

// English returns the English wording.
func (p Participation) English() string { return participationVocab.English(p) }

// ParseParticipation accepts the code or the Chinese wording.
func ParseParticipation(s string) (Participation, error) { return participationVocab.ParseTrimmed(s) }

// MarshalText encodes the stable code.
func (p Participation) MarshalText() ([]byte, error) { return participationVocab.Marshal(p) }

// UnmarshalText accepts what [ParseParticipation] accepts.
func (p *Participation) UnmarshalText(b []byte) error {
	v, err := ParseParticipation(string(b))
	if err == nil {
		*p = v
	}
	return err
}

// EvaluatorKind says who carries out a round (第十九条: 市科技局负责组织开展市级科技创新平台绩效评估，
// 也可委托第三方机构实施). The zero value is not a kind: the round must say.
type EvaluatorKind uint8

// The two evaluators of 第十九条.
const (
	Bureau     EvaluatorKind = iota + 1 // 市科技局
	ThirdParty                          // 受委托的第三方机构
)

var evaluatorVocab = vocab[EvaluatorKind]("EvaluatorKind", 1,
	[]string{"", "bureau", "third_party"},
	[]string{"", "市科技局", "受委托的第三方机构"},
	[]string{"", "the city S&T bureau", "a commissioned third party"},
)

// Valid reports whether k is one of the two kinds.
func (k EvaluatorKind) Valid() bool { return evaluatorVocab.Valid(k) }

// String returns the stable code.
func (k EvaluatorKind) String() string { return evaluatorVocab.String(k) }

// Chinese returns the Chinese name.
func (k EvaluatorKind) Chinese() string { return evaluatorVocab.Chinese(k) }

// English returns the English name.
func (k EvaluatorKind) English() string { return evaluatorVocab.English(k) }

// ParseEvaluatorKind accepts the code or the Chinese name.
func ParseEvaluatorKind(s string) (EvaluatorKind, error) { return evaluatorVocab.ParseTrimmed(s) }

// MarshalText encodes the stable code.
func (k EvaluatorKind) MarshalText() ([]byte, error) { return evaluatorVocab.Marshal(k) }

// UnmarshalText accepts what [ParseEvaluatorKind] accepts.
func (k *EvaluatorKind) UnmarshalText(b []byte) error {
	v, err := ParseEvaluatorKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// Grouping says over which cohort the quotas of 第二十二条 are counted. The zero value,
// [Pooled], is the default reading.
type Grouping uint8

// The cohorts the quotas can be counted over.
const (
	// Pooled counts the quotas over all the platforms graded in the round: 第二十二条 speaks
	// of "参评科技创新平台数量", the number of platforms evaluated, without dividing them.
	Pooled Grouping = iota
	// ByType counts the quotas separately for each platform type.
	ByType
	// ByDepartment counts the quotas separately for each supervising department.
	ByDepartment
)

var groupingVocab = vocab[Grouping]("Grouping", 0,
	[]string{"pooled", "by_type", "by_department"},
	[]string{"全部参评平台合并计算", "按平台类型分别计算", "按主管部门分别计算"},
	[]string{"pooled over the round", "per platform type", "per supervising department"},
)

// Valid reports whether g is a known grouping.
func (g Grouping) Valid() bool { return groupingVocab.Valid(g) }

// String returns the stable code.
func (g Grouping) String() string { return groupingVocab.String(g) }

// Chinese returns the Chinese wording.
func (g Grouping) Chinese() string { return groupingVocab.Chinese(g) }

// English returns the English wording.
func (g Grouping) English() string { return groupingVocab.English(g) }

// ParseGrouping accepts the code or the Chinese wording.
func ParseGrouping(s string) (Grouping, error) { return groupingVocab.ParseTrimmed(s) }

// MarshalText encodes the stable code.
func (g Grouping) MarshalText() ([]byte, error) { return groupingVocab.Marshal(g) }

// UnmarshalText accepts what [ParseGrouping] accepts.
func (g *Grouping) UnmarshalText(b []byte) error {
	v, err := ParseGrouping(string(b))
	if err == nil {
		*g = v
	}
	return err
}

// Consequence is what a round's result means for a platform beyond its grade under
// 第二十四条. Lifecycle records it; this package only names it.
type Consequence uint8

// The consequences a round can carry.
const (
	// NoConsequence: nothing beyond the grade.
	NoConsequence Consequence = iota
	// RemovalAndBan: 不再列入市级科技创新平台备案序列，三年内不得再次申请 (第二十四条), for a
	// platform absent without cause or withdrawn midway.
	RemovalAndBan
)

var consequenceVocab = vocab[Consequence]("Consequence", 0,
	[]string{"none", "removal_and_ban"},
	[]string{"无", "不再列入市级科技创新平台备案序列，三年内不得再次申请"},
	[]string{"none", "removed from the filing sequence and barred from applying for three years"},
)

// Valid reports whether c is a known consequence.
func (c Consequence) Valid() bool { return consequenceVocab.Valid(c) }

// String returns the stable code.
func (c Consequence) String() string { return consequenceVocab.String(c) }

// Chinese returns the article's words.
func (c Consequence) Chinese() string { return consequenceVocab.Chinese(c) }

// English returns an English rendering.
func (c Consequence) English() string { return consequenceVocab.English(c) }

// ParseConsequence accepts the code or the Chinese wording.
func ParseConsequence(s string) (Consequence, error) { return consequenceVocab.ParseTrimmed(s) }

// MarshalText encodes the stable code.
func (c Consequence) MarshalText() ([]byte, error) { return consequenceVocab.Marshal(c) }

// UnmarshalText accepts what [ParseConsequence] accepts.
func (c *Consequence) UnmarshalText(b []byte) error {
	v, err := ParseConsequence(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// ComplianceState is the one answer to "does this round keep to the limits of 第二十二条?",
// for a graded [Result] and for a checked [GradeCheck] alike. The zero value is not an
// answer. The set is append-only.
type ComplianceState uint8

// The three answers.
const (
	// Within: every group keeps to the 优秀 cap and the 较差 floor as the law sets them.
	Within ComplianceState = iota + 1
	// WithinByException: every group keeps to the limits, but only through a recorded
	// exception or waiver under 第二十二条's 原则上 ([Options.CapTieException],
	// [Options.WaivePoorFloorBelow]); [Compliance.Exceptions] says which, where.
	WithinByException
	// Breached: some group has more 优秀 than the cap or fewer 较差 than the floor, and no
	// exception or waiver covers it; [Compliance.Breaches] says where.
	Breached
)

var complianceVocab = vocab[ComplianceState]("ComplianceState", 1,
	[]string{"", "within", "within_by_exception", "breached"},
	[]string{"", "符合比例要求", "依例外或豁免符合比例要求", "突破比例要求"},
	[]string{"", "within the limits", "within the limits only through a recorded exception or waiver", "limits breached"},
)

// Valid reports whether s is a known answer.
func (s ComplianceState) Valid() bool { return complianceVocab.Valid(s) }

// String returns the stable code.
func (s ComplianceState) String() string { return complianceVocab.String(s) }

// Chinese returns the Chinese name.
func (s ComplianceState) Chinese() string { return complianceVocab.Chinese(s) }

// English returns the English name.
func (s ComplianceState) English() string { return complianceVocab.English(s) }

// ParseComplianceState accepts the code or the Chinese name.
func ParseComplianceState(s string) (ComplianceState, error) { return complianceVocab.ParseTrimmed(s) }

// MarshalText encodes the stable code.
func (s ComplianceState) MarshalText() ([]byte, error) { return complianceVocab.Marshal(s) }

// UnmarshalText accepts what [ParseComplianceState] accepts.
func (s *ComplianceState) UnmarshalText(b []byte) error {
	v, err := ParseComplianceState(string(b))
	if err == nil {
		*s = v
	}
	return err
}
