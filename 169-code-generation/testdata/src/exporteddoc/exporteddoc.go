package exporteddoc

// Documented is fine.
func Documented() {}

func Undocumented() {} // want `exported function Undocumented has no doc comment`

func unexported() {}

type Bare struct{} // want `exported type Bare has no doc comment`

// Doc'd has a comment.
type Doc struct{}

func (Doc) Method() {} // want `exported method \(Doc\).Method has no doc comment`

func (*Doc) PtrMethod() {} // want `exported method \(\*Doc\).PtrMethod has no doc comment`

func (d Doc) unexported() {}

type hidden struct{}

func (hidden) Method() {}

// The colours of the group are documented by this comment.
const (
	Red = iota
	Green
)

const Loose = 1 // want `exported const Loose has no doc comment`

var Naked = 2 // want `exported var Naked has no doc comment`
