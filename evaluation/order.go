package evaluation

import (
	"cmp"
	"slices"

	"github.com/lhasa-sti/platform"
)

// Participant classes, in the order the result lists them within a group.
const (
	classScored    uint8 = iota // has a total, counts in N
	classWithdrawn              // withdrew, counts in N as 较差 (option)
	classOut                    // not graded, not in N
)

// entry carries what the result needs of a participant, so that the pass that builds the
// result reads the entries in order rather than the input at random.
type entry struct {
	id    string
	dept  string
	pfx   uint64 // eight bytes of the ID for ordering (setPrefixes)
	h     int64  // rounded total in hundredths
	cycle int
	idx   int32 // position in the input
	group int32
	class uint8
	round bool // the rounding to two decimals changed the total
	typ   platform.Type
	part  Participation
}

// setPrefixes gives each entry the eight bytes of its ID that follow the prefix all IDs
// share, as a big-endian number (zero-padded), so that most comparisons of IDs are a
// comparison of two integers held in the entries.
func setPrefixes(entries []entry) {
	if len(entries) == 0 {
		return
	}
	first := entries[0].id
	lcp := len(first)
	for i := 1; i < len(entries) && lcp > 0; i++ {
		id := entries[i].id
		if len(id) < lcp {
			lcp = len(id)
		}
		for j := 0; j < lcp; j++ {
			if id[j] != first[j] {
				lcp = j
				break
			}
		}
	}
	for i := range entries {
		var v uint64
		id := entries[i].id[lcp:]
		for j := 0; j < 8; j++ {
			v <<= 8
			if j < len(id) {
				v |= uint64(id[j])
			}
		}
		entries[i].pfx = v
	}
}

// compareIDs orders two entries by platform ID: by the prefixes, and by the whole IDs when
// those are equal. Zero padding keeps a proper prefix before its extensions.
func compareIDs(a, b *entry) int {
	if a.pfx != b.pfx {
		return cmp.Compare(a.pfx, b.pfx)
	}
	return cmp.Compare(a.id, b.id)
}

// sortEntries orders the entries by group, class, total descending (for the scored) and
// platform ID. Totals are whole hundredths from 0 to 10000, so in a large round with few
// groups the entries are first distributed by (group, class, total) in linear time and
// only the platforms sharing a bucket are compared by ID; a small round is simply sorted.
func sortEntries(entries []entry, groups int) []entry {
	const perGroup = 10000 + 1 + 2 // totals 0..10000, then withdrawals counted, then the rest
	buckets := groups * perGroup
	if len(entries) < 1024 || buckets > 4*len(entries)+1<<17 {
		slices.SortFunc(entries, func(a, b entry) int {
			if a.group != b.group {
				return cmp.Compare(a.group, b.group)
			}
			if a.class != b.class {
				return cmp.Compare(a.class, b.class)
			}
			if a.class == classScored && a.h != b.h {
				return cmp.Compare(b.h, a.h)
			}
			return compareIDs(&a, &b)
		})
		return entries
	}
	key := func(e *entry) int {
		k := int(e.group) * perGroup
		if e.class == classScored {
			return k + int(10000-e.h)
		}
		return k + 10000 + int(e.class)
	}
	start := make([]int32, buckets+1)
	for i := range entries {
		start[key(&entries[i])+1]++
	}
	for b := 1; b <= buckets; b++ {
		start[b] += start[b-1]
	}
	out := make([]entry, len(entries))
	next := slices.Clone(start[:buckets])
	for i := range entries {
		k := key(&entries[i])
		out[next[k]] = entries[i]
		next[k]++
	}
	for b := 0; b < buckets; b++ {
		if lo, hi := start[b], start[b+1]; hi-lo > 1 {
			slices.SortFunc(out[lo:hi], func(x, y entry) int { return compareIDs(&x, &y) })
		}
	}
	return out
}
