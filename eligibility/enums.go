package eligibility

import (
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/internal/enum"
)

// names builds the Names of one of the package's enumerations, whose value 0 means "not
// supplied".
func names[T ~uint8](typ string, code, zh, en []string) *enum.Names[T] {
	return enum.New(enum.Table[T]{Type: typ, Pkg: "eligibility", Field: typ, First: 1,
		Codes: code, Zh: zh, En: en, Invalid: invalid})
}

// invalid is the error of an enumeration's parser or marshaller.
func invalid(op, field, input string) error {
	return &platform.Error{Op: op, Kind: platform.ErrInvalid, Field: field, Input: input}
}

// UnitKind is the kind of the applying or relying unit, as the annex distinguishes them:
// 附件·拉萨市野外科学观测研究站 第三条（一） (高校、科研院所及行业部门等单位) and
// 附件·拉萨市重点实验室 第三条（六） (高校 / 科研院所、企业). The zero value is "not supplied".
type UnitKind uint8

// The kinds of unit.
const (
	University         UnitKind = iota + 1 // 高校
	Institute                              // 科研院所
	Enterprise                             // 企业
	IndustryDepartment                     // 行业部门
	Hospital                               // 医院
	OtherUnit                              // 其他单位
)

var unitKindNames = names[UnitKind]("UnitKind",
	[]string{"", "university", "institute", "enterprise", "industry_department", "hospital", "other"},
	[]string{"", "高校", "科研院所", "企业", "行业部门", "医院", "其他单位"},
	[]string{"", "university", "research institute", "enterprise", "industry department", "hospital", "other unit"})

// Valid reports whether k is a known kind.
func (k UnitKind) Valid() bool { return unitKindNames.Valid(k) }

// String returns the stable code.
func (k UnitKind) String() string { return unitKindNames.String(k) }

// Chinese returns the Chinese word.
func (k UnitKind) Chinese() string { return unitKindNames.Chinese(k) }

// English returns the English word.
func (k UnitKind) English() string { return unitKindNames.English(k) }

// MarshalText writes the stable code.
func (k UnitKind) MarshalText() ([]byte, error) { return unitKindNames.Marshal(k) }

// UnmarshalText accepts the code or the Chinese word.
func (k *UnitKind) UnmarshalText(b []byte) error {
	v, err := unitKindNames.ParseTrimmed(string(b))
	*k = v
	return err
}

// HospitalGrade is a hospital's level and grade under the 1989 《医院分级管理办法》 (LEGAL.md §6),
// ordered so that a larger value is a higher grade: level dominates grade. Ungraded is a
// supplied fact (a hospital without a grade); the zero value is "not supplied".
type HospitalGrade uint8

// The grades, lowest first.
const (
	Ungraded      HospitalGrade = iota + 1 // 未定级
	Grade1C                                // 一级丙等
	Grade1B                                // 一级乙等
	Grade1A                                // 一级甲等
	Grade2C                                // 二级丙等
	Grade2B                                // 二级乙等
	Grade2A                                // 二级甲等
	Grade3C                                // 三级丙等
	Grade3B                                // 三级乙等
	Grade3A                                // 三级甲等
	Grade3Special                          // 三级特等
)

var hospitalGradeNames = names[HospitalGrade]("HospitalGrade",
	[]string{"", "ungraded", "1c", "1b", "1a", "2c", "2b", "2a", "3c", "3b", "3a", "3s"},
	[]string{"", "未定级", "一级丙等", "一级乙等", "一级甲等", "二级丙等", "二级乙等", "二级甲等", "三级丙等", "三级乙等", "三级甲等", "三级特等"},
	[]string{"", "ungraded", "level 1 grade C", "level 1 grade B", "level 1 grade A", "level 2 grade C", "level 2 grade B",
		"level 2 grade A", "level 3 grade C", "level 3 grade B", "level 3 grade A", "level 3 special grade"})

// Valid reports whether g is a known grade (Ungraded included).
func (g HospitalGrade) Valid() bool { return hospitalGradeNames.Valid(g) }

// String returns the stable code.
func (g HospitalGrade) String() string { return hospitalGradeNames.String(g) }

// Chinese returns 三级乙等 and so on.
func (g HospitalGrade) Chinese() string { return hospitalGradeNames.Chinese(g) }

// English returns an English rendering.
func (g HospitalGrade) English() string { return hospitalGradeNames.English(g) }

// MarshalText writes the stable code.
func (g HospitalGrade) MarshalText() ([]byte, error) { return hospitalGradeNames.Marshal(g) }

// UnmarshalText accepts the code or the Chinese word.
func (g *HospitalGrade) UnmarshalText(b []byte) error {
	v, err := hospitalGradeNames.ParseTrimmed(string(b))
	*g = v
	return err
}

// Function is a function a new-type R&D institution performs (附件·拉萨市新型研发机构
// 第三条（三）).
type Function uint8

// The functions the clause names.
const (
	Consulting   Function = iota + 1 // 咨询服务
	PilotTesting                     // 检测中试
	Inspection                       // 检验检测
	Transfer                         // 成果转化
	Incubation                       // 孵化
	Training                         // 人才培训
)

var functionNames = names[Function]("Function",
	[]string{"", "consulting", "pilot_testing", "inspection", "transfer", "incubation", "training"},
	[]string{"", "咨询服务", "检测中试", "检验检测", "成果转化", "孵化", "人才培训"},
	[]string{"", "consulting services", "testing and pilot production", "inspection and testing", "transfer of results", "incubation", "training"})

// Valid reports whether f is a known function.
func (f Function) Valid() bool { return functionNames.Valid(f) }

// String returns the stable code.
func (f Function) String() string { return functionNames.String(f) }

// Chinese returns the clause's word.
func (f Function) Chinese() string { return functionNames.Chinese(f) }

// English returns an English rendering.
func (f Function) English() string { return functionNames.English(f) }

// MarshalText writes the stable code.
func (f Function) MarshalText() ([]byte, error) { return functionNames.Marshal(f) }

// UnmarshalText accepts the code or the Chinese word.
func (f *Function) UnmarshalText(b []byte) error {
	v, err := functionNames.ParseTrimmed(string(b))
	*f = v
	return err
}

// IncidentKind is the kind of integrity incident the annex names: 失信 or 学术不端.
type IncidentKind uint8

// The two kinds.
const (
	Dishonesty IncidentKind = iota + 1 // 失信
	Misconduct                         // 学术不端
)

var incidentKindNames = names[IncidentKind]("IncidentKind",
	[]string{"", "dishonesty", "academic_misconduct"},
	[]string{"", "失信", "学术不端"},
	[]string{"", "dishonesty", "academic misconduct"})

// Valid reports whether k is a known kind.
func (k IncidentKind) Valid() bool { return incidentKindNames.Valid(k) }

// String returns the stable code.
func (k IncidentKind) String() string { return incidentKindNames.String(k) }

// Chinese returns 失信 or 学术不端.
func (k IncidentKind) Chinese() string { return incidentKindNames.Chinese(k) }

// MarshalText writes the stable code.
func (k IncidentKind) MarshalText() ([]byte, error) { return incidentKindNames.Marshal(k) }

// UnmarshalText accepts the code or the Chinese word.
func (k *IncidentKind) UnmarshalText(b []byte) error {
	v, err := incidentKindNames.ParseTrimmed(string(b))
	*k = v
	return err
}

// PartnerKind is the kind of institution a new-type R&D institution relies on
// (附件·拉萨市新型研发机构 第三条（五）: 高等院所或自治区级（含）以上重点实验室).
type PartnerKind uint8

// The kinds of partner.
const (
	PartnerUniversity    PartnerKind = iota + 1 // 高等院校
	PartnerInstitute                            // 科研院所
	PartnerKeyLaboratory                        // 重点实验室 (with its level)
	PartnerOther                                // 其他
)

var partnerKindNames = names[PartnerKind]("PartnerKind",
	[]string{"", "university", "institute", "key_laboratory", "other"},
	[]string{"", "高等院校", "科研院所", "重点实验室", "其他"},
	[]string{"", "university", "research institute", "key laboratory", "other"})

// Valid reports whether k is a known kind.
func (k PartnerKind) Valid() bool { return partnerKindNames.Valid(k) }

// String returns the stable code.
func (k PartnerKind) String() string { return partnerKindNames.String(k) }

// MarshalText writes the stable code.
func (k PartnerKind) MarshalText() ([]byte, error) { return partnerKindNames.Marshal(k) }

// UnmarshalText accepts the code or the Chinese word.
func (k *PartnerKind) UnmarshalText(b []byte) error {
	v, err := partnerKindNames.ParseTrimmed(string(b))
	*k = v
	return err
}

// Role is the part an applicant played in a science-and-technology plan project: 承担
// (undertook) or 参与 (took part).
type Role uint8

// The two roles.
const (
	Undertook Role = iota + 1 // 承担
	TookPart                  // 参与
)

var roleNames = names[Role]("Role",
	[]string{"", "undertook", "took_part"},
	[]string{"", "承担", "参与"},
	[]string{"", "undertook", "took part"})

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return roleNames.Valid(r) }

// String returns the stable code.
func (r Role) String() string { return roleNames.String(r) }

// MarshalText writes the stable code.
func (r Role) MarshalText() ([]byte, error) { return roleNames.Marshal(r) }

// UnmarshalText accepts the code or the Chinese word.
func (r *Role) UnmarshalText(b []byte) error {
	v, err := roleNames.ParseTrimmed(string(b))
	*r = v
	return err
}
