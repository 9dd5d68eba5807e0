package main

import (
	"hash/fnv"
	"strings"
)

// Invented people are built from common Vietnamese family, middle and given
// names. The lists are long enough for about 170,000 distinct full names, so
// that a large corpus has many people while homonyms (two "Nguyễn Văn Hùng"
// in two provinces) still occur, as they do in real news.
var (
	familyNames = strings.Fields(`Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý
		Đinh Trương Lâm Mai Cao Tô Tạ Hà Lương Đoàn Thái Châu Lưu Tăng Kiều Quách Chu Triệu`)
	maleMiddle = strings.Split(`Văn|Hữu|Đức|Minh|Quốc|Thanh|Công|Ngọc|Xuân|Đình|Tấn|Quang|Trọng|`+
		`Thành|Anh|Bá|Duy|Hồng|Tuấn|Việt|Gia|Phước|Kim|Chí|Hải|Văn Minh`, "|")
	femaleMiddle = strings.Split(`Thị|Thị Thu|Thị Ngọc|Thị Kim|Thị Thanh|Thị Mỹ|Thị Hồng|Thị Bích|`+
		`Thị Minh|Ngọc|Thu|Thanh|Kim|Mỹ|Hồng|Bích|Thúy|Phương|Diệu|Hoài|Thị Lệ|Thị Cẩm|Thị Diệu|Thị Phương|Thị Hoài`, "|")
	maleGiven = strings.Fields(`Anh Bảo Bình Cường Chiến Công Dũng Duy Đạt Đông Đức Giang Hải Hậu Hiếu Hiển
		Hòa Hoàng Hùng Huy Hưng Khải Khang Khánh Khoa Khôi Kiên Lâm Lộc Long Lực Luân Lượng Mạnh Minh Nam
		Nghĩa Nhân Ninh Phát Phong Phú Phúc Phước Quang Quân Quế Quý Sang Sáu Sơn Tài Tâm Tân Thắng Thành
		Thịnh Thông Thuận Tiến Toàn Toản Trí Trọng Trung Trường Tuấn Tùng Tú Việt Vinh Vũ Bảy Tám Chín
		Danh Đăng Định Hào Hiệp Kha Lợi Nhật Quyết Tuyên Thái Thọ Triều Vương Tín Hoan Kỳ Lân Nhựt Thiện`)
	femaleGiven = strings.Fields(`An Anh Bích Châu Chi Diễm Dung Duyên Giang Hà Hạnh Hằng Hân Hiền Hoa Hoài
		Hồng Huệ Hương Huyền Lan Lành Liên Linh Loan Lệ Mai My Nga Ngân Ngọc Nguyệt Nhàn Nhung Oanh Phượng
		Quyên Quỳnh Sương Tâm Thảo Thoa Thơ Thu Thủy Thúy Thư Trang Trâm Tuyết Tú Uyên Vân Vy Xuân Yến Ánh
		Cúc Đào Điệp Gấm Hậu Hòa Kiều Lài Lụa Nương Phấn Sen Thắm Thêu Tư Út Vui Lý Nhi Ngà Diệp Hường Tiên
		Khuyên Lựu Mận Nhạn Thi Trinh Xoan Ly Na Bé`)
)

// nameSpace is how many distinct person indexes names cover: even indexes
// are men, odd are women.
func nameSpace() uint64 {
	m := uint64(len(familyNames) * len(maleMiddle) * len(maleGiven))
	f := uint64(len(familyNames) * len(femaleMiddle) * len(femaleGiven))
	return 2 * min(m, f)
}

// Person is an invented person; Index identifies them across the corpus.
type Person struct {
	Index  uint64
	Name   string
	Female bool
}

// personAt returns the person with index i (0 ≤ i < nameSpace()). Indexes are
// spread over the name lists by a multiplication with a large odd constant
// modulo the space, so that neighbouring indexes do not share a family name.
func personAt(i uint64) Person {
	female := i%2 == 1
	half := nameSpace() / 2
	j := (i / 2 * 2654435761) % half
	fam := familyNames[j%uint64(len(familyNames))]
	j /= uint64(len(familyNames))
	middles, givens := maleMiddle, maleGiven
	if female {
		middles, givens = femaleMiddle, femaleGiven
	}
	mid := middles[j%uint64(len(middles))]
	j /= uint64(len(middles))
	gi := j % uint64(len(givens))
	given := givens[gi]
	if strings.HasSuffix(mid, given) { // no "Thanh Thanh"
		given = givens[(gi+1)%uint64(len(givens))]
	}
	return Person{Index: i, Name: fam + " " + mid + " " + given, Female: female}
}

// hashKey hashes the seed and a key: the stable source of every choice that
// must agree across articles (who holds a seat).
func hashKey(seed uint64, key string) uint64 {
	h := fnv.New64a()
	var b [8]byte
	for i := range b {
		b[i] = byte(seed >> (8 * i))
	}
	h.Write(b[:])
	h.Write([]byte(key))
	return mix64(h.Sum64())
}

// mix64 is a finaliser (from SplitMix64) that spreads FNV's low bits.
func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// people decides who holds which seat. The same seat (place, body, post)
// gets the same person in every article of a corpus, so a Bí thư reappears
// whenever their commune does; with a pool, people are drawn from Pool
// indexes only, so people also recur across places.
type people struct {
	Seed uint64
	Pool uint64 // 0: the whole name space
}

// holder returns the person who holds seat; salt moves to another person
// when the first choice is already someone else in the same article.
func (pp people) holder(seat string, salt int) Person {
	h := hashKey(pp.Seed, seat)
	if salt > 0 {
		h = mix64(h + uint64(salt))
	}
	space := nameSpace()
	if pp.Pool == 0 || pp.Pool >= space {
		return personAt(h % space)
	}
	// Pool members are spread over the name space by an odd multiplier, so
	// that distinct members get distinct names.
	return personAt((h % pp.Pool) * 1000003 % space)
}
