package platform

import "testing"

// hinnantDaysFromCivil and hinnantCivilFromDays are H. Hinnant's algorithms (days since
// 1970-01-01), the oracle the calendar conversion is checked against.
func hinnantDaysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func hinnantCivilFromDays(z int) (y, m, d int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// TestCalendarEveryDay walks every supported day from 0001-01-01 to 9999-12-31 and checks
// the conversion both ways against Hinnant's algorithms, and that consecutive day numbers
// are consecutive calendar days.
func TestCalendarEveryDay(t *testing.T) {
	offset := 1 - hinnantDaysFromCivil(1, 1, 1) // Date.n of 1970-01-01
	py, pm, pd := 0, 12, 31                     // 0000-12-31, the day before the first
	n := int32(1)
	for y := 1; y <= 9999; y++ {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= DaysIn(y, m); d++ {
				if got := civil(y, m, d); got != n {
					t.Fatalf("civil(%d, %d, %d) = %d, want %d", y, m, d, got, n)
				}
				if want := int32(hinnantDaysFromCivil(y, m, d) + offset); want != n {
					t.Fatalf("Hinnant gives %d for %d-%d-%d, want %d", want, y, m, d, n)
				}
				gy, gm, gd := ymd(n)
				hy, hm, hd := hinnantCivilFromDays(int(n) - offset)
				if gy != y || gm != m || gd != d || hy != y || hm != m || hd != d {
					t.Fatalf("day %d: ymd %d-%d-%d, Hinnant %d-%d-%d, want %d-%d-%d", n, gy, gm, gd, hy, hm, hd, y, m, d)
				}
				if d == 1 && (pd != DaysIn(py, pm) && py != 0) {
					t.Fatalf("%d-%d-%d follows %d-%d-%d", y, m, d, py, pm, pd)
				}
				py, pm, pd = y, m, d
				n++
			}
		}
	}
	if last := lastDay.n; last != n-1 {
		t.Fatalf("9999-12-31 is day %d, want %d", last, n-1)
	}
}
