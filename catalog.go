package platform

// Article describes one article of the main text: where it stands, what it says in a
// line, which packages carry it out, and, for an article that states a purpose or a duty
// no calculation checks, the reason it is a note.
type Article struct {
	Cite     Citation `json:"citation"`
	Chapter  int      `json:"chapter"`
	Zh       string   `json:"zh"`
	En       string   `json:"en"`
	Packages []string `json:"packages"`
	// NoteZh and NoteEn say why no rule checks the article (or part of it); empty when
	// rules implement all of it.
	NoteZh string `json:"note_zh,omitempty"`
	NoteEn string `json:"note_en,omitempty"`
}

// Chapter is a chapter of the main text.
type Chapter struct {
	Number   int      `json:"number"`
	Zh       string   `json:"zh"`
	En       string   `json:"en"`
	First    int      `json:"first_article"`
	Last     int      `json:"last_article"`
	Packages []string `json:"packages"`
}

// Chapters returns the six chapters of the main text and the packages that implement them.
func Chapters() []Chapter {
	return []Chapter{
		{1, "总则", "General provisions", 1, 6, []string{"platform", "eligibility", "lifecycle"}},
		{2, "平台管理", "Management", 7, 10, []string{"lifecycle"}},
		{3, "平台备案", "Filing", 11, 15, []string{"eligibility", "lifecycle", "naming", "subsidy"}},
		{4, "提档升级", "Upgrading", 16, 18, []string{"lifecycle", "subsidy"}},
		{5, "考核评估", "Evaluation", 19, 25, []string{"evaluation", "lifecycle", "subsidy"}},
		{6, "附则", "Supplementary provisions", 26, 29, []string{"lifecycle", "naming", "subsidy", "platform"}},
	}
}

// MainText returns the catalog of all 29 articles, as a fresh slice.
func MainText() []Article {
	a := func(n, ch int, zh, en string, pkgs []string, noteZh, noteEn string) Article {
		return Article{Cite: Art(n), Chapter: ch, Zh: zh, En: en, Packages: pkgs, NoteZh: noteZh, NoteEn: noteEn}
	}
	p := func(s ...string) []string { return s }
	return []Article{
		a(1, 1, "制定目的与依据", "purpose and the parent documents", p("platform"),
			"说明目的与依据，无可计算的条件；其依据文件列于本库文档。", "States purpose and legal basis; nothing to calculate."),
		a(2, 1, "适用范围：拉萨市行政区域内组建的六类平台", "scope: six platform types built within Lhasa", p("platform", "eligibility"), "", ""),
		a(3, 1, "建设运行原则", "principles of building and running platforms", p("platform"),
			"原则性规定，无可检验的条件。", "A statement of principles; nothing to check."),
		a(4, 1, "鼓励重点产业领域建设平台；国有、民营企业", "priority industries; state-owned and private firms", p("platform"),
			"鼓励性规定；重点产业领域列于 PriorityIndustries，作为参考，不作为备案条件。", "Encouragement; the industry list is reference data, not a filing condition."),
		a(5, 1, "县（园）区、各部门开展平台招引", "counties, parks and departments attract platforms", p("platform"),
			"鼓励性规定，无可检验的条件。", "Encouragement; nothing to check."),
		a(6, 1, "市科技局牵头开展备案", "the city S&T bureau leads filing", p("lifecycle"), "", ""),
		a(7, 2, "市科技局职责（一）至（六）", "duties of the city S&T bureau (1)–(6)", p("lifecycle"),
			"（一）（三）（六）为职责性规定；（二）（四）（五）体现为生命周期中由市科技局记录的步骤。", "Items 1, 3 and 6 are duties; 2, 4 and 5 are the steps lifecycle lets the bureau record."),
		a(8, 2, "行业主管部门职责（一）至（五）", "duties of industry departments (1)–(5)", p("lifecycle"),
			"（一）（四）为职责性规定；推荐、监督与年度报告审核体现为生命周期中的步骤。", "Items 1 and 4 are duties; recommending, supervising and reviewing annual reports are lifecycle steps."),
		a(9, 2, "依托单位职责（一）至（五）", "duties of the relying unit (1)–(5)", p("lifecycle"),
			"（一）（二）（三）（五）为职责性规定；（四）重大调整建议体现为生命周期中的步骤。", "Items 1, 2, 3 and 5 are duties; item 4 (proposing major adjustments) is a lifecycle step."),
		a(10, 2, "市财政局会同市科技局开展资金绩效评价", "the finance bureau evaluates the use of funds", p("platform"),
			"资金绩效评价另行开展，本办法未规定可计算的标准。", "Evaluation of fund use is done separately; the measures give no calculable standard."),
		a(11, 3, "实行市级科技创新平台备案制", "city-level filing system", p("platform"),
			"制度性规定，由备案程序（第十三条）实现。", "Establishes the filing system, which Art. 13 carries out."),
		a(12, 3, "专家咨询论证；择优、择重、择需；成熟一个、备案一个", "expert consultation; rolling filing, one at a time", p("lifecycle"), "", ""),
		a(13, 3, "备案程序（一）至（五）；公示5个工作日", "filing procedure (1)–(5); 5 working days of public notice", p("lifecycle"), "", ""),
		a(14, 3, "命名挂牌", "official names and plaques", p("naming", "lifecycle"), "", ""),
		a(15, 3, "备案扶持资助", "filing subsidy by type", p("subsidy", "lifecycle"), "", ""),
		a(16, 4, "鼓励提档升级为自治区级、国家级", "upgrading to regional or national level", p("lifecycle"), "", ""),
		a(17, 4, "提档升级一次性奖励：国家级200万元、自治区级50万元", "one-time upgrade reward: national 2 million, regional 500 thousand yuan", p("subsidy", "lifecycle"), "", ""),
		a(18, 4, "支持申报重点科技计划项目", "support for key S&T plan projects", p("platform"),
			"支持性规定，无可计算的条件。", "Support; nothing to calculate."),
		a(19, 5, "市科技局组织绩效评估，可委托第三方", "evaluation by the bureau or a commissioned third party", p("evaluation", "lifecycle"), "", ""),
		a(20, 5, "每年11月30日前报送年度工作总结报告", "annual report due by 30 November each year", p("lifecycle"), "", ""),
		a(21, 5, "绩效评估内容；细则另行制定", "evaluation dimensions; detailed rules issued separately", p("evaluation"),
			"评估细则另行制定，权重与评分办法由调用方提供。", "The detailed rules are issued separately; weights and scoring are supplied by the caller."),
		a(22, 5, "三年一周期；四类结果；优秀≤30%、较差≥10%", "3-year cycle; four grades; ≤30% excellent, ≥10% poor", p("evaluation", "lifecycle"), "", ""),
		a(23, 5, "周期绩效奖励", "cycle awards by type and grade", p("subsidy", "lifecycle"), "", ""),
		a(24, 5, "动态管理；较差限期整改；退出序列与三年禁入", "dynamic management; rectification; removal and a 3-year ban", p("evaluation", "lifecycle"), "", ""),
		a(25, 5, "科研诚信：清退、黑名单、摘牌与禁入", "research integrity: expulsion, blacklist, delisting and bans", p("lifecycle", "eligibility"), "", ""),
		a(26, 6, "更名、变更依托单位等重大调整", "renaming and changing the relying unit", p("lifecycle", "naming"), "", ""),
		a(27, 6, "县（园）区科技主管部门职责", "duties of county and park S&T authorities", p("lifecycle"),
			"职责性规定；推荐与协助体现为生命周期中的执行主体。", "Duties; recommending and assisting are actors in lifecycle."),
		a(28, 6, "奖励扶持不得重复享受", "no double benefit", p("subsidy"), "", ""),
		a(29, 6, "自发布之日起施行，期限5年", "in force from publication for 5 years", p("platform", "lifecycle"), "", ""),
	}
}

// AnnexClause is one clause of the annex (the filing standards): 第一条 (the definition),
// 第二条 (focus fields) or an item of 第三条 (the conditions).
type AnnexClause struct {
	Cite   Citation `json:"citation"`
	Zh     string   `json:"zh"`
	En     string   `json:"en"`
	NoteZh string   `json:"note_zh,omitempty"`
	NoteEn string   `json:"note_en,omitempty"`
}

// AnnexItems returns how many numbered items 第三条 of a type's annex section has:
// 工程技术研究中心 7, 野外科学观测研究站 7, 重点实验室 9, 技术创新中心 6, 临床医学研究中心 5,
// 新型研发机构 7; 0 for an invalid type.
func AnnexItems(t Type) int {
	switch t {
	case EngineeringCenter, FieldStation, NewRDInstitution:
		return 7
	case KeyLaboratory:
		return 9
	case InnovationCenter:
		return 6
	case ClinicalCenter:
		return 5
	}
	return 0
}

// AnnexClauses returns every clause of the annex, section by section, as a fresh slice:
// for each type 第一条, 第二条 and each item of 第三条. Rule packages cite these.
func AnnexClauses() []AnnexClause {
	var out []AnnexClause
	for _, t := range Types() {
		out = append(out,
			AnnexClause{Cite: AnnexArt(t, 1), Zh: t.Chinese() + "的定义", En: "definition of the " + t.English(),
				NoteZh: "定义性条款，无可检验的条件。", NoteEn: "A definition; nothing to check."},
			AnnexClause{Cite: AnnexArt(t, 2), Zh: "重点领域（主要围绕）", En: "focus fields (mainly around)"})
		for i := 1; i <= AnnexItems(t); i++ {
			out = append(out, AnnexClause{Cite: AnnexArt(t, 3, i), Zh: "备案条件（" + Numeral(i) + "）",
				En: "filing condition (" + itoa(i) + ")"})
		}
	}
	return out
}

// PriorityIndustries returns the priority industry fields of 第四条, in its order.
func PriorityIndustries() []string {
	return []string{"数字经济", "绿色工业", "高原生物", "高原健康", "文化旅游", "现代服务业"}
}
