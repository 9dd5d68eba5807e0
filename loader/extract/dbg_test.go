package extract
import ("testing";"fmt")
func TestDbg(t *testing.T){
 x:=newExtractor(t, loadGazetteer(t))
 s:=x.newSentence(span{text:"Chủ tịch Hội LHPN huyện Trần Thị Ngọc Bích thông tin kết quả"})
 it,pe:=x.parsePosts(s,0,false); fmt.Println(len(it),pe)
 for _,i:=range it{fmt.Printf("%+v %+v\n",i.post,i.body)}
 fmt.Println(x.personAt(s.toks,pe))
}
