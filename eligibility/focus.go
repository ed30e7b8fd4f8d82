package eligibility

import "github.com/lhasa-sti/platform"

// Focus fields of 第二条 of each annex section, as the section lists them (sub-fields in
// brackets included).
var (
	engineeringFields = []string{"现代农牧业", "青稞", "牦牛", "饲草", "奶业", "农产品加工", "设施农业",
		"高原绿色工业", "饮用水", "轻工业制造", "装配式建筑", "新型材料", "清洁能源", "高原制供氧",
		"特色文化旅游", "数字经济", "软件开发", "东数西算", "现代服务业", "电子信息", "检疫检测", "技术咨询服务"}
	fieldStationFields = []string{"高原生态系统"}
	keyLabFields       = []string{"高原生命健康", "藏医药资源保护与开发", "食品安全", "文物保护", "特色农牧业",
		"生态环境", "智慧城市", "新能源"}
	innovationFields = []string{"高原健康", "绿色矿产", "天然饮用水", "清洁能源", "智能制造", "绿色建材",
		"装配式建筑", "高原供制氧", "藏医药", "高新数字及技术应用", "碳达峰碳中和", "智慧交通技术及材料",
		"文化文物旅游", "生态环境", "食品安全"}
	clinicalFields = []string{"高原适应", "心脑血管", "内分泌", "创伤急救"}
	newRDFields    = []string{"特色净土产业", "数字经济产业", "高原绿色工业产业", "文化旅游产业", "现代服务业"}
)

// FocusFields returns the fields 第二条 of type t's annex section lists, as a fresh slice.
// Any of them passes the focus-field criterion; any other field goes to review.
func FocusFields(t platform.Type) []string {
	var s []string
	switch t {
	case platform.EngineeringCenter:
		s = engineeringFields
	case platform.FieldStation:
		s = fieldStationFields
	case platform.KeyLaboratory:
		s = keyLabFields
	case platform.InnovationCenter:
		s = innovationFields
	case platform.ClinicalCenter:
		s = clinicalFields
	case platform.NewRDInstitution:
		s = newRDFields
	}
	return append([]string(nil), s...)
}

// The found value of each listed field, built once: a finding on a listed field copies it,
// and so shares the block holding its text instead of allocating one (platform.Finding).
var (
	engineeringFound  = foundFields(engineeringFields)
	fieldStationFound = foundFields(fieldStationFields)
	keyLabFound       = foundFields(keyLabFields)
	innovationFound   = foundFields(innovationFields)
	clinicalFound     = foundFields(clinicalFields)
	newRDFound        = foundFields(newRDFields)
)

// focusFound returns the found values of the fields listed for the focus rule i.
func focusFound(i ruleIndex) []platform.Finding {
	switch i {
	case rEFocus:
		return engineeringFound
	case rFFocus:
		return fieldStationFound
	case rKFocus:
		return keyLabFound
	case rIFocus:
		return innovationFound
	case rCFocus:
		return clinicalFound
	}
	return newRDFound
}

func foundFields(fields []string) []platform.Finding {
	out := make([]platform.Finding, len(fields))
	for k, s := range fields {
		out[k].SetFound(platform.Text(s))
	}
	return out
}

// focus reads 第二条 of a section: one of the listed fields passes; anything else needs
// review (主要围绕 is not a closed list); no field is Unknown.
func (r *run) focus(i ruleIndex, fields []string) {
	field := r.app.Applicant.Field
	f := r.push(i)
	if field == "" {
		f.Outcome = platform.Unknown
		r.done(i, f)
		return
	}
	for k, s := range fields {
		if s == field {
			f.setFound(sListed, int64(k), platform.NoUnit, 0)
			f.Outcome = platform.Pass
			return
		}
	}
	f.setFound(sField, 0, platform.NoUnit, 0) // the Result holds the field
	f.Outcome, f.Note = platform.Review, &noteOutsideFields
	r.done(i, f)
}
