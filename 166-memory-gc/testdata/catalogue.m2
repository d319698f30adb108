# go-internals-cloud-native/166-memory-gc
./catalogue.go:47:6: cannot inline catReturnLocalPointer: marked go:noinline
./catalogue.go:188:3: can inline init.func1 with cost 62 as: func() { sink.ptr = catReturnLocalPointer() }
./catalogue.go:53:6: cannot inline catLocalPointerStaysLocal: marked go:noinline
./catalogue.go:190:3: can inline init.func2 with cost 62 as: func() { sink.int = catLocalPointerStaysLocal() }
./catalogue.go:60:6: can inline inlinableNew with cost 7 as: func() *point { return &point{...} }
./catalogue.go:63:6: cannot inline catInlinedReturnPointer: marked go:noinline
./catalogue.go:192:3: can inline init.func3 with cost 62 as: func() { sink.int = catInlinedReturnPointer() }
./catalogue.go:69:6: cannot inline catClosureCapture: marked go:noinline
./catalogue.go:71:9: can inline catClosureCapture.func1 with cost 5 as: func() int { n++; return n }
./catalogue.go:194:3: can inline init.func4 with cost 62 as: func() { sink.fn = catClosureCapture() }
./catalogue.go:78:6: cannot inline catClosureCalledInPlace: marked go:noinline
./catalogue.go:80:7: can inline catClosureCalledInPlace.func1 with cost 4 as: func() int { return n * 2 }
./catalogue.go:196:3: can inline init.func5 with cost 62 as: func() { sink.int = catClosureCalledInPlace() }
./catalogue.go:85:6: cannot inline catInterfaceConversion: marked go:noinline
./catalogue.go:198:3: can inline init.func6 with cost 63 as: func() { sink.any = catInterfaceConversion(1000) }
./catalogue.go:90:6: cannot inline catMakeConstantSmall: marked go:noinline
./catalogue.go:200:3: can inline init.func7 with cost 62 as: func() { sink.int = catMakeConstantSmall() }
./catalogue.go:97:6: cannot inline catMakeConstantTooLarge: marked go:noinline
./catalogue.go:202:3: can inline init.func8 with cost 62 as: func() { sink.int = catMakeConstantTooLarge() }
./catalogue.go:104:6: cannot inline catMakeVariable: marked go:noinline
./catalogue.go:204:3: can inline init.func9 with cost 63 as: func() { sink.int = catMakeVariable(32) }
./catalogue.go:206:3: can inline init.func10 with cost 63 as: func() { sink.int = catMakeVariable(33) }
./catalogue.go:110:6: cannot inline catAppendReturned: marked go:noinline
./catalogue.go:211:3: can inline init.func11 with cost 63 as: func() { sink.ints = catAppendReturned(4) }
./catalogue.go:213:3: can inline init.func12 with cost 63 as: func() { sink.ints = catAppendReturned(100) }
./catalogue.go:119:6: cannot inline catFmtArgument: marked go:noinline
./catalogue.go:215:3: can inline init.func13 with cost 63 as: func() { sink.str = catFmtArgument(1000) }
./catalogue.go:124:6: cannot inline catStrconvAppend: marked go:noinline
./catalogue.go:217:3: can inline init.func14 with cost 63 as: func() { sink.str = catStrconvAppend(1000) }
./catalogue.go:21:6: can inline abs with cost 9 as: func(int) int { if v < 0 { return -v }; return v }
./catalogue.go:19:6: can inline point.norm1 with cost 28 as: method(point) func() int { return abs(p.x) + abs(p.y) }
./catalogue.go:130:6: cannot inline catMethodValue: marked go:noinline
./catalogue.go:219:3: can inline init.func15 with cost 67 as: func() { sink.fn = catMethodValue(point{...}) }
./catalogue.go:135:6: cannot inline catArrayAtStackLimit: marked go:noinline
./catalogue.go:221:3: can inline init.func16 with cost 62 as: func() { sink.int = catArrayAtStackLimit() }
./catalogue.go:142:6: cannot inline catArrayPastStackLimit: marked go:noinline
./catalogue.go:223:3: can inline init.func17 with cost 62 as: func() { sink.int = catArrayPastStackLimit() }
./catalogue.go:149:6: cannot inline catLeakingParam: marked go:noinline
./catalogue.go:225:3: can inline init.func18 with cost 64 as: func() { sink.ptr = catLeakingParam(sink.point) }
./catalogue.go:154:6: cannot inline catLeakingParamContent: marked go:noinline
./catalogue.go:227:3: can inline init.func19 with cost 62 as: func() { catLeakingParamContent(&sink.point) }
./catalogue.go:159:6: cannot inline catParamDoesNotEscape: marked go:noinline
./catalogue.go:229:3: can inline init.func20 with cost 64 as: func() { sink.int = catParamDoesNotEscape(sink.point) }
./catalogue.go:164:6: cannot inline catStoreToGlobal: marked go:noinline
./catalogue.go:231:3: can inline init.func21 with cost 61 as: func() { catStoreToGlobal(sink.point) }
./main.go:101:13: can inline (*command).flags.func1 with cost 0 as: func() {  }
./main.go:98:6: can inline (*command).flags with cost 55 as: method(*command) func(io.Writer) *flag.FlagSet { fs := flag.NewFlagSet(c.name, flag.ErrorHandling(0)); (*flag.FlagSet).SetOutput(fs, io.Discard); fs.Usage = func literal; return fs }
./main.go:107:6: cannot inline (*command).parse: function too complex: cost 585 exceeds budget 80
./main.go:112:15: can inline (*command).parse.func1 with cost 3 as: func(*flag.Flag) { n++ }
./demo.go:39:6: cannot inline sourceDir: function too complex: cost 281 exceeds budget 80
./escape.go:405:6: cannot inline goCmd: function too complex: cost 499 exceeds budget 80
./escape.go:420:6: can inline devNull with cost 2 as: func() string { return "/dev/null" }
./escape.go:170:6: cannot inline parseLine: function too complex: cost 2656 exceeds budget 80
/usr/local/go/src/slices/zsortanyfunc.go:10:6: can inline slices.insertionSortCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] with cost 73 as: func(*[2]uintptr, []go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }, int, int, func(go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }, go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }) int) { for loop }
/usr/local/go/src/slices/zsortanyfunc.go:329:6: can inline slices.swapRangeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] with cost 33 as: func(*[2]uintptr, []go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }, int, int, int, func(go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }, go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }) int) { for loop }
/usr/local/go/src/slices/zsortanyfunc.go:464:6: cannot inline slices.rotateCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]: function too complex: cost 170 exceeds budget 80
/usr/local/go/src/slices/zsortanyfunc.go:378:6: cannot inline slices.symMergeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]: function too complex: cost 537 exceeds budget 80
/usr/local/go/src/slices/zsortanyfunc.go:335:6: cannot inline slices.stableCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]: function too complex: cost 365 exceeds budget 80
/usr/local/go/src/slices/sort.go:37:6: can inline slices.SortStableFunc[go.shape.[]main.Finding,go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] with cost 67 as: func(*[5]uintptr, go.shape.[]main.Finding, func(go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }, go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }) int) { slices.stableCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]((*[4]uintptr)(slices..dict[0]), slices.x, len(slices.x), slices.cmp) }
/usr/local/go/src/cmp/cmp.go:69:6: can inline cmp.Or[go.shape.int] with cost 18 as: func(*[3]uintptr, ...go.shape.int) go.shape.int { cmp.zero = <nil>; for loop; return cmp.zero }
/usr/local/go/src/cmp/cmp.go:63:6: can inline cmp.isNaN[go.shape.string] with cost 4 as: func(*[1]uintptr, go.shape.string) bool { return cmp.x != cmp.x }
/usr/local/go/src/cmp/cmp.go:40:6: can inline cmp.Compare[go.shape.string] with cost 56 as: func(*[2]uintptr, go.shape.string, go.shape.string) int { cmp.xNaN := cmp.isNaN[go.shape.string]((*[1]uintptr)(cmp..dict[0]), cmp.x); cmp.yNaN := cmp.isNaN[go.shape.string]((*[1]uintptr)(cmp..dict[0]), cmp.y); if cmp.xNaN { if cmp.yNaN { return 0 }; return -1 }; if cmp.yNaN { return 1 }; if cmp.x < cmp.y { return -1 }; if cmp.x > cmp.y { return 1 }; return 0 }
/usr/local/go/src/cmp/cmp.go:63:6: can inline cmp.isNaN[go.shape.int] with cost 4 as: func(*[1]uintptr, go.shape.int) bool { return cmp.x != cmp.x }
/usr/local/go/src/cmp/cmp.go:40:6: can inline cmp.Compare[go.shape.int] with cost 56 as: func(*[2]uintptr, go.shape.int, go.shape.int) int { cmp.xNaN := cmp.isNaN[go.shape.int]((*[1]uintptr)(cmp..dict[0]), cmp.x); cmp.yNaN := cmp.isNaN[go.shape.int]((*[1]uintptr)(cmp..dict[0]), cmp.y); if cmp.xNaN { if cmp.yNaN { return 0 }; return -1 }; if cmp.yNaN { return 1 }; if cmp.x < cmp.y { return -1 }; if cmp.x > cmp.y { return 1 }; return 0 }
./escape.go:329:38: can inline ParseDiagnostics.func1 with cost 223 as: func(Finding, Finding) int { return cmp.Or[go.shape.int](&cmp..dict.Or[int], ... argument...) }
./escape.go:267:6: cannot inline ParseDiagnostics: function too complex: cost 718 exceeds budget 80
./escape.go:378:6: cannot inline localPath: function too complex: cost 682 exceeds budget 80
./escape.go:467:6: cannot inline funcName: function too complex: cost 101 exceeds budget 80
./escape.go:429:6: cannot inline attachFuncs: function too complex: cost 618 exceeds budget 80
./escape.go:345:6: cannot inline RunEscape: function too complex: cost 481 exceeds budget 80
./escape.go:519:6: can inline (*Report).Lookup with cost 28 as: method(*Report) func(string, Verdict) []Finding { out = <nil>; for loop; return out }
./escape.go:83:6: can inline Verdict.Heap with cost 8 as: method(Verdict) func() bool { return v == Verdict("moved to heap") || v == Verdict("escapes to heap") }
./demo.go:75:6: cannot inline compilerSays: function too complex: cost 106 exceeds budget 80
./catalogue.go:239:6: cannot inline allocsPerRun: unhandled op DEFER
./catalogue.go:240:2: can inline allocsPerRun.deferwrap1 with cost 60 as: func() { runtime.GOMAXPROCS(.autotmp_3) }
./demo.go:51:6: cannot inline demoEscape: function too complex: cost 630 exceeds budget 80
./demo.go:17:6: cannot inline demo: function too complex: cost 312 exceeds budget 80
./main.go:127:6: cannot inline runDemo: function too complex: cost 298 exceeds budget 80
./escape.go:502:6: can inline (*Report).Groups with cost 73 as: method(*Report) func() []FuncGroup { gs = <nil>; idx := map[[2]string]int{}; for loop; return gs }
./escape.go:575:6: cannot inline (*Report).WriteJSON: function too complex: cost 174 exceeds budget 80
./escape.go:532:6: cannot inline (*Report).WriteText: function too complex: cost 812 exceeds budget 80
./main.go:138:6: cannot inline runEscape: function too complex: cost 764 exceeds budget 80
./catalogue.go:40:6: can inline init.0 with cost 9 as: func() { sink.point = &point{...} }
./escape.go:93:6: cannot inline Pos.String: function too complex: cost 146 exceeds budget 80
./main.go:57:6: cannot inline globalUsage: function too complex: cost 205 exceeds budget 80
./main.go:48:6: can inline lookup with cost 15 as: func(string) *command { for loop; return nil }
./main.go:66:6: cannot inline run: function too complex: cost 744 exceeds budget 80
./main.go:20:6: cannot inline main: function too complex: cost 266 exceeds budget 80
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap with cost 63 as: method(*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]) func(*[16]uintptr, *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }, *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }) bool { return atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) }
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap with cost 62 as: method(*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]) func(*[16]uintptr, *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }) *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int } { return (*go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int })(atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new))) }
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store with cost 61 as: method(*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]) func(*[16]uintptr, *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }) { atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) }
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Load with cost 4 as: method(*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]) func(*[16]uintptr) *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int } { return (*go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int })(atomic.LoadPointer(&atomic.x.v)) }
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[os.dirInfo]).CompareAndSwap with cost 70 as: method(*atomic.Pointer[os.dirInfo]) func(*os.dirInfo, *os.dirInfo) bool { return (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.old, atomic.new) }
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[os.dirInfo]).Swap with cost 68 as: method(*atomic.Pointer[os.dirInfo]) func(*os.dirInfo) *os.dirInfo { return (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.new) }
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[os.dirInfo]).Store with cost 66 as: method(*atomic.Pointer[os.dirInfo]) func(*os.dirInfo) { (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.val) }
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[os.dirInfo]).Load with cost 9 as: method(*atomic.Pointer[os.dirInfo]) func() *os.dirInfo { return (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Load(atomic.x, &atomic..dict.Pointer[os.dirInfo]) }
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap with cost 63 as: method(*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]) func(*[16]uintptr, *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }, *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }) bool { return atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) }
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap with cost 62 as: method(*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]) func(*[16]uintptr, *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }) *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo } { return (*go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo })(atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new))) }
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store with cost 61 as: method(*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]) func(*[16]uintptr, *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }) { atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) }
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Load with cost 4 as: method(*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]) func(*[16]uintptr) *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo } { return (*go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo })(atomic.LoadPointer(&atomic.x.v)) }
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go/token.File]).CompareAndSwap with cost 70 as: method(*atomic.Pointer[go/token.File]) func(*token.File, *token.File) bool { return (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.old, atomic.new) }
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go/token.File]).Swap with cost 68 as: method(*atomic.Pointer[go/token.File]) func(*token.File) *token.File { return (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.new) }
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go/token.File]).Store with cost 66 as: method(*atomic.Pointer[go/token.File]) func(*token.File) { (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.val) }
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go/token.File]).Load with cost 9 as: method(*atomic.Pointer[go/token.File]) func() *token.File { return (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Load(atomic.x, &atomic..dict.Pointer[go/token.File]) }
/usr/local/go/src/cmp/cmp.go:40:6: can inline cmp.Compare[int] with cost 63 as: func(int, int) int { return cmp.Compare[go.shape.int](&cmp..dict.Compare[int], cmp.x, cmp.y) }
/usr/local/go/src/cmp/cmp.go:40:6: can inline cmp.Compare[string] with cost 63 as: func(string, string) int { return cmp.Compare[go.shape.string](&cmp..dict.Compare[string], cmp.x, cmp.y) }
/usr/local/go/src/cmp/cmp.go:69:6: can inline cmp.Or[int] with cost 24 as: func(...int) int { return cmp.Or[go.shape.int](&cmp..dict.Or[int], cmp.vals...) }
/usr/local/go/src/slices/sort.go:37:6: can inline slices.SortStableFunc[[]main.Finding,main.Finding] with cost 73 as: func([]Finding, func(Finding, Finding) int) { slices.SortStableFunc[go.shape.[]main.Finding,go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }](&slices..dict.SortStableFunc[[]main.Finding,main.Finding], slices.x, slices.cmp) }
./catalogue.go:64:19: inlining call to inlinableNew
./catalogue.go:81:10: inlining call to catClosureCalledInPlace.func1
./catalogue.go:126:33: inlining call to strconv.AppendInt
./catalogue.go:19:40: inlining call to abs
./catalogue.go:19:51: inlining call to abs
./main.go:99:23: inlining call to flag.NewFlagSet
./main.go:100:14: inlining call to flag.(*FlagSet).SetOutput
./main.go:115:16: inlining call to flag.(*FlagSet).SetOutput
./main.go:122:20: inlining call to fmt.Errorf
./main.go:122:20: inlining call to errors.New
./demo.go:44:21: inlining call to filepath.Dir
./demo.go:45:36: inlining call to filepath.Join
./escape.go:413:91: inlining call to bytes.(*Buffer).String
./escape.go:413:25: inlining call to fmt.Errorf
./escape.go:415:24: inlining call to fmt.Errorf
./escape.go:417:19: inlining call to bytes.(*Buffer).String
./escape.go:413:25: inlining call to errors.New
./escape.go:415:24: inlining call to errors.New
./escape.go:172:22: inlining call to strings.HasPrefix
./escape.go:173:70: inlining call to strings.TrimPrefix
./escape.go:177:69: inlining call to fmt.Errorf
./escape.go:181:69: inlining call to fmt.Errorf
./escape.go:186:70: inlining call to fmt.Errorf
./escape.go:192:25: inlining call to regexp.(*Regexp).MatchString
./escape.go:195:25: inlining call to regexp.(*Regexp).MatchString
./escape.go:198:24: inlining call to strings.HasPrefix
./escape.go:200:28: inlining call to regexp.(*Regexp).MatchString
./escape.go:203:25: inlining call to regexp.(*Regexp).MatchString
./escape.go:206:24: inlining call to strings.HasPrefix
./escape.go:207:61: inlining call to strings.TrimPrefix
./escape.go:208:24: inlining call to strings.HasPrefix
./escape.go:209:64: inlining call to strings.TrimPrefix
./escape.go:210:29: inlining call to regexp.(*Regexp).MatchString
./escape.go:213:24: inlining call to strings.HasPrefix
./escape.go:214:62: inlining call to strings.TrimPrefix
./escape.go:215:28: inlining call to regexp.(*Regexp).MatchString
./escape.go:221:30: inlining call to regexp.(*Regexp).MatchString
./escape.go:227:27: inlining call to regexp.(*Regexp).MatchString
./escape.go:230:29: inlining call to regexp.(*Regexp).MatchString
./escape.go:236:27: inlining call to regexp.(*Regexp).MatchString
./escape.go:245:24: inlining call to strings.HasSuffix
./escape.go:246:57: inlining call to strings.TrimSuffix
./escape.go:247:24: inlining call to strings.HasSuffix
./escape.go:248:63: inlining call to strings.TrimSuffix
./escape.go:172:22: inlining call to stringslite.HasPrefix
./escape.go:173:70: inlining call to stringslite.TrimPrefix
./escape.go:177:69: inlining call to errors.New
./escape.go:181:69: inlining call to errors.New
./escape.go:186:70: inlining call to errors.New
./escape.go:192:25: inlining call to regexp.(*Regexp).doMatch
./escape.go:195:25: inlining call to regexp.(*Regexp).doMatch
./escape.go:198:24: inlining call to stringslite.HasPrefix
./escape.go:200:28: inlining call to regexp.(*Regexp).doMatch
./escape.go:203:25: inlining call to regexp.(*Regexp).doMatch
./escape.go:206:24: inlining call to stringslite.HasPrefix
./escape.go:207:61: inlining call to stringslite.TrimPrefix
./escape.go:208:24: inlining call to stringslite.HasPrefix
./escape.go:209:64: inlining call to stringslite.TrimPrefix
./escape.go:210:29: inlining call to regexp.(*Regexp).doMatch
./escape.go:213:24: inlining call to stringslite.HasPrefix
./escape.go:214:62: inlining call to stringslite.TrimPrefix
./escape.go:215:28: inlining call to regexp.(*Regexp).doMatch
./escape.go:221:30: inlining call to regexp.(*Regexp).doMatch
./escape.go:227:27: inlining call to regexp.(*Regexp).doMatch
./escape.go:230:29: inlining call to regexp.(*Regexp).doMatch
./escape.go:236:27: inlining call to regexp.(*Regexp).doMatch
./escape.go:245:24: inlining call to stringslite.HasSuffix
./escape.go:246:57: inlining call to stringslite.TrimSuffix
./escape.go:247:24: inlining call to stringslite.HasSuffix
./escape.go:248:63: inlining call to stringslite.TrimSuffix
./escape.go:173:70: inlining call to stringslite.HasPrefix
./escape.go:207:61: inlining call to stringslite.HasPrefix
./escape.go:209:64: inlining call to stringslite.HasPrefix
./escape.go:214:62: inlining call to stringslite.HasPrefix
./escape.go:246:57: inlining call to stringslite.HasSuffix
./escape.go:248:63: inlining call to stringslite.HasSuffix
/usr/local/go/src/slices/zsortanyfunc.go:470:20: inlining call to slices.swapRangeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]
/usr/local/go/src/slices/zsortanyfunc.go:473:20: inlining call to slices.swapRangeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]
/usr/local/go/src/slices/zsortanyfunc.go:478:18: inlining call to slices.swapRangeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]
/usr/local/go/src/slices/zsortanyfunc.go:339:23: inlining call to slices.insertionSortCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]
/usr/local/go/src/slices/zsortanyfunc.go:343:22: inlining call to slices.insertionSortCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]
/usr/local/go/src/cmp/cmp.go:41:15: inlining call to cmp.isNaN[go.shape.string]
/usr/local/go/src/cmp/cmp.go:42:15: inlining call to cmp.isNaN[go.shape.string]
/usr/local/go/src/cmp/cmp.go:41:15: inlining call to cmp.isNaN[go.shape.int]
/usr/local/go/src/cmp/cmp.go:42:15: inlining call to cmp.isNaN[go.shape.int]
./escape.go:330:28: inlining call to cmp.Compare[go.shape.string]
./escape.go:330:65: inlining call to cmp.Compare[go.shape.int]
./escape.go:330:102: inlining call to cmp.Compare[go.shape.int]
./escape.go:330:16: inlining call to cmp.Or[go.shape.int]
./escape.go:330:28: inlining call to cmp.isNaN[go.shape.string]
./escape.go:330:28: inlining call to cmp.isNaN[go.shape.string]
./escape.go:330:65: inlining call to cmp.isNaN[go.shape.int]
./escape.go:330:65: inlining call to cmp.isNaN[go.shape.int]
./escape.go:330:102: inlining call to cmp.isNaN[go.shape.int]
./escape.go:330:102: inlining call to cmp.isNaN[go.shape.int]
./escape.go:278:24: inlining call to bufio.NewScanner
./escape.go:279:11: inlining call to bufio.(*Scanner).Buffer
./escape.go:281:30: inlining call to bufio.(*Scanner).Text
./escape.go:310:18: inlining call to bufio.(*Scanner).Err
./escape.go:311:25: inlining call to fmt.Errorf
./escape.go:329:23: inlining call to slices.SortStableFunc[go.shape.[]main.Finding,go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]
./escape.go:311:25: inlining call to errors.New
./escape.go:379:23: inlining call to strings.HasSuffix
./escape.go:384:21: inlining call to filepath.IsAbs
./escape.go:386:19: inlining call to filepath.Dir
./escape.go:386:62: inlining call to filepath.Dir
./escape.go:386:49: inlining call to filepath.Base
./escape.go:386:86: inlining call to filepath.Base
./escape.go:387:44: inlining call to filepath.Base
./escape.go:387:22: inlining call to filepath.Join
./escape.go:391:17: inlining call to filepath.Dir
./escape.go:379:23: inlining call to stringslite.HasSuffix
./escape.go:384:21: inlining call to filepathlite.IsAbs
./escape.go:384:21: inlining call to stringslite.HasPrefix
./escape.go:437:24: inlining call to strings.HasSuffix
./escape.go:443:22: inlining call to filepath.IsAbs
./escape.go:444:25: inlining call to filepath.Join
./escape.go:446:28: inlining call to token.NewFileSet
./escape.go:451:61: inlining call to token.(*FileSet).Position
./escape.go:451:91: inlining call to token.(*FileSet).Position
./escape.go:437:24: inlining call to stringslite.HasSuffix
./escape.go:443:22: inlining call to filepathlite.IsAbs
./escape.go:443:22: inlining call to stringslite.HasPrefix
./escape.go:350:52: inlining call to devNull
./escape.go:354:48: inlining call to strings.NewReader
./demo.go:77:31: inlining call to (*Report).Lookup
./demo.go:85:41: inlining call to Verdict.Heap
./demo.go:61:27: inlining call to tabwriter.NewWriter
./demo.go:70:17: inlining call to tabwriter.(*Writer).Flush
./demo.go:30:21: inlining call to fmt.Errorf
./demo.go:30:21: inlining call to errors.New
./main.go:128:15: inlining call to (*command).flags
./main.go:132:12: inlining call to flag.(*FlagSet).NArg
./main.go:133:65: inlining call to flag.(*FlagSet).Args
./main.go:133:20: inlining call to fmt.Errorf
./main.go:128:15: inlining call to flag.NewFlagSet
./main.go:128:15: inlining call to flag.(*FlagSet).SetOutput
./main.go:133:20: inlining call to errors.New
./escape.go:576:24: inlining call to json.NewEncoder
./escape.go:577:19: inlining call to json.(*Encoder).SetEscapeHTML
./escape.go:578:15: inlining call to json.(*Encoder).SetIndent
./escape.go:582:12: inlining call to (*Report).Groups
./escape.go:533:23: inlining call to bufio.NewWriter
./escape.go:534:28: inlining call to (*Report).Groups
./escape.go:533:23: inlining call to bufio.NewWriterSize
./main.go:139:15: inlining call to (*command).flags
./main.go:146:12: inlining call to flag.(*FlagSet).NArg
./main.go:147:85: inlining call to flag.(*FlagSet).NArg
./main.go:147:20: inlining call to fmt.Errorf
./main.go:149:40: inlining call to flag.(*FlagSet).Arg
./main.go:151:44: inlining call to flag.(*FlagSet).Arg
./main.go:151:20: inlining call to fmt.Errorf
./main.go:139:15: inlining call to flag.NewFlagSet
./main.go:139:15: inlining call to flag.(*FlagSet).SetOutput
./main.go:147:20: inlining call to errors.New
./main.go:151:20: inlining call to errors.New
./escape.go:165:29: inlining call to errors.New
./escape.go:337:26: inlining call to errors.New
./main.go:28:26: inlining call to errors.New
./main.go:73:26: inlining call to strings.HasPrefix
./main.go:77:13: inlining call to lookup
./main.go:80:19: inlining call to fmt.Errorf
./main.go:88:63: inlining call to strings.TrimSuffix
./main.go:73:26: inlining call to stringslite.HasPrefix
./main.go:80:19: inlining call to errors.New
./main.go:88:63: inlining call to stringslite.TrimSuffix
./main.go:88:63: inlining call to stringslite.HasSuffix
./main.go:21:54: inlining call to context.Background
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Load
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Load
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.Compare[go.shape.int]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.int]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.int]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.Compare[go.shape.string]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.string]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.string]
/usr/local/go/src/cmp/cmp.go:69:6: inlining call to cmp.Or[go.shape.int]
/usr/local/go/src/slices/sort.go:37:6: inlining call to slices.SortStableFunc[go.shape.[]main.Finding,go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]
<autogenerated>:1: inlining call to Verdict.Heap
<autogenerated>:1: inlining call to point.norm1
<autogenerated>:1: inlining call to abs
<autogenerated>:1: inlining call to abs
<autogenerated>:1: inlining call to point.norm1
<autogenerated>:1: inlining call to abs
<autogenerated>:1: inlining call to abs
./catalogue.go:48:2: p escapes to heap in catReturnLocalPointer:
./catalogue.go:48:2:   flow: ~r0 ← &p:
./catalogue.go:48:2:     from &p (address-of) at ./catalogue.go:49:9
./catalogue.go:48:2:     from return &p (return) at ./catalogue.go:49:2
./catalogue.go:48:2: moved to heap: p
./catalogue.go:64:19: &point{...} does not escape
./catalogue.go:70:2: catClosureCapture capturing by ref: n (addr=false assign=true width=8)
./catalogue.go:71:9: func literal escapes to heap in catClosureCapture:
./catalogue.go:71:9:   flow: ~r0 ← &{storage for func literal}:
./catalogue.go:71:9:     from func literal (spill) at ./catalogue.go:71:9
./catalogue.go:71:9:     from return func literal (return) at ./catalogue.go:71:2
./catalogue.go:70:2: n escapes to heap in catClosureCapture:
./catalogue.go:70:2:   flow: {storage for func literal} ← &n:
./catalogue.go:70:2:     from n (captured by a closure) at ./catalogue.go:72:3
./catalogue.go:70:2:     from n (reference) at ./catalogue.go:72:3
./catalogue.go:70:2: moved to heap: n
./catalogue.go:71:9: func literal escapes to heap
./catalogue.go:86:9: v escapes to heap in catInterfaceConversion:
./catalogue.go:86:9:   flow: ~r0 ← &{storage for v}:
./catalogue.go:86:9:     from v (spill) at ./catalogue.go:86:9
./catalogue.go:86:9:     from return v (return) at ./catalogue.go:86:2
./catalogue.go:86:9: v escapes to heap
./catalogue.go:91:11: make([]byte, 65536) does not escape
./catalogue.go:98:11: make([]byte, 65537) escapes to heap in catMakeConstantTooLarge:
./catalogue.go:98:11:   flow: {heap} ← &{storage for make([]byte, 65537)}:
./catalogue.go:98:11:     from make([]byte, 65537) (too large for stack) at ./catalogue.go:98:11
./catalogue.go:98:11: make([]byte, 65537) escapes to heap
./catalogue.go:105:11: make([]byte, n) does not escape
./catalogue.go:113:13: append(s, i) escapes to heap in catAppendReturned:
./catalogue.go:113:13:   flow: s ← &{storage for append(s, i)}:
./catalogue.go:113:13:     from append(s, i) (spill) at ./catalogue.go:113:13
./catalogue.go:113:13:     from s = append(s, i) (assign) at ./catalogue.go:113:5
./catalogue.go:113:13:   flow: ~r0 ← s:
./catalogue.go:113:13:     from return s (return) at ./catalogue.go:115:2
./catalogue.go:113:13: append escapes to heap
./catalogue.go:120:20: n escapes to heap in catFmtArgument:
./catalogue.go:120:20:   flow: {storage for ... argument} ← &{storage for n}:
./catalogue.go:120:20:     from n (spill) at ./catalogue.go:120:20
./catalogue.go:120:20:     from ... argument (slice-literal-element) at ./catalogue.go:120:19
./catalogue.go:120:20:   flow: {heap} ← {storage for ... argument}:
./catalogue.go:120:20:     from ... argument (spill) at ./catalogue.go:120:19
./catalogue.go:120:20:     from fmt.Sprint(... argument...) (call parameter) at ./catalogue.go:120:19
./catalogue.go:120:19: ... argument does not escape
./catalogue.go:120:20: n escapes to heap
./catalogue.go:126:33: string(~r0) escapes to heap in catStrconvAppend:
./catalogue.go:126:33:   flow: ~r0 ← &{storage for string(~r0)}:
./catalogue.go:126:33:     from string(~r0) (spill) at ./catalogue.go:126:33
./catalogue.go:126:33:     from return string(~r0) (return) at ./catalogue.go:126:2
./catalogue.go:126:33: string(~r0) escapes to heap
./catalogue.go:131:10: p.norm1 escapes to heap in catMethodValue:
./catalogue.go:131:10:   flow: ~r0 ← &{storage for p.norm1}:
./catalogue.go:131:10:     from p.norm1 (spill) at ./catalogue.go:131:10
./catalogue.go:131:10:     from return p.norm1 (return) at ./catalogue.go:131:2
./catalogue.go:131:10: p.norm1 escapes to heap
./catalogue.go:143:6: a escapes to heap in catArrayPastStackLimit:
./catalogue.go:143:6:   flow: {heap} ← &a:
./catalogue.go:143:6:     from a (too large for stack) at ./catalogue.go:143:6
./catalogue.go:143:6: moved to heap: a
./catalogue.go:149:22: parameter p leaks to ~r0 for catLeakingParam with derefs=0:
./catalogue.go:149:22:   flow: ~r0 ← p:
./catalogue.go:149:22:     from return p (return) at ./catalogue.go:150:2
./catalogue.go:149:22: leaking param: p to result ~r0 level=0
./catalogue.go:154:29: parameter pp leaks to {heap} for catLeakingParamContent with derefs=1:
./catalogue.go:154:29:   flow: {heap} ← *pp:
./catalogue.go:154:29:     from *pp (indirection) at ./catalogue.go:155:13
./catalogue.go:154:29:     from sink.ptr = *pp (assign) at ./catalogue.go:155:11
./catalogue.go:154:29: leaking param content: pp
./catalogue.go:159:28: p does not escape
./catalogue.go:164:23: parameter p leaks to {heap} for catStoreToGlobal with derefs=0:
./catalogue.go:164:23:   flow: {heap} ← p:
./catalogue.go:164:23:     from p (interface-converted) at ./catalogue.go:165:13
./catalogue.go:164:23:     from sink.any = p (assign) at ./catalogue.go:165:11
./catalogue.go:164:23: leaking param: p
./catalogue.go:40:28: &point{...} escapes to heap in init.0:
./catalogue.go:40:28:   flow: {heap} ← &{storage for &point{...}}:
./catalogue.go:40:28:     from &point{...} (spill) at ./catalogue.go:40:28
./catalogue.go:40:28:     from sink.point = &point{...} (assign) at ./catalogue.go:40:26
./catalogue.go:40:28: &point{...} escapes to heap
./catalogue.go:60:37: &point{...} escapes to heap in inlinableNew:
./catalogue.go:60:37:   flow: ~r0 ← &{storage for &point{...}}:
./catalogue.go:60:37:     from &point{...} (spill) at ./catalogue.go:60:37
./catalogue.go:60:37:     from return &point{...} (return) at ./catalogue.go:60:30
./catalogue.go:60:37: &point{...} escapes to heap
./catalogue.go:240:45: allocsPerRun capturing by value: .autotmp_3 (addr=false assign=false width=8)
./catalogue.go:239:29: f does not escape
./demo.go:45:36: ... argument does not escape
./escape.go:408:6: out escapes to heap in goCmd:
./escape.go:408:6:   flow: {heap} ← &out:
./escape.go:408:6:     from &out (address-of) at ./escape.go:409:27
./escape.go:408:6:     from &out (interface-converted) at ./escape.go:409:27
./escape.go:408:6:     from cmd.Stdout, cmd.Stderr = &out, &out (assign-pair) at ./escape.go:409:25
./escape.go:408:6: out escapes to heap in goCmd:
./escape.go:408:6:   flow: {heap} ← &out:
./escape.go:408:6:     from &out (address-of) at ./escape.go:409:33
./escape.go:408:6:     from &out (interface-converted) at ./escape.go:409:33
./escape.go:408:6:     from cmd.Stdout, cmd.Stderr = &out, &out (assign-pair) at ./escape.go:409:25
./escape.go:411:7: ee escapes to heap in goCmd:
./escape.go:411:7:   flow: {heap} ← &ee:
./escape.go:411:7:     from &ee (address-of) at ./escape.go:412:21
./escape.go:411:7:     from &ee (interface-converted) at ./escape.go:412:21
./escape.go:411:7:     from errors.As(err, &ee) (call parameter) at ./escape.go:412:15
./escape.go:405:12: parameter ctx leaks to {heap} for goCmd with derefs=0:
./escape.go:405:12:   flow: {heap} ← ctx:
./escape.go:405:12:     from exec.CommandContext(ctx, "go", args...) (call parameter) at ./escape.go:406:28
./escape.go:405:45: parameter args leaks to {heap} for goCmd with derefs=1:
./escape.go:405:45:   flow: {heap} ← *args:
./escape.go:405:45:     from exec.CommandContext(ctx, "go", args...) (call parameter) at ./escape.go:406:28
./escape.go:405:33: parameter dir leaks to {heap} for goCmd with derefs=0:
./escape.go:405:33:   flow: {heap} ← dir:
./escape.go:405:33:     from cmd.Dir = dir (assign) at ./escape.go:407:10
./escape.go:413:58: args[0] escapes to heap in goCmd:
./escape.go:413:58:   flow: {storage for ... argument} ← &{storage for args[0]}:
./escape.go:413:58:     from args[0] (spill) at ./escape.go:413:58
./escape.go:413:58:     from ... argument (slice-literal-element) at ./escape.go:413:25
./escape.go:413:58:   flow: fmt.a ← &{storage for ... argument}:
./escape.go:413:58:     from ... argument (spill) at ./escape.go:413:25
./escape.go:413:58:     from fmt.format, fmt.a := "%w: go %s:\n%s", ... argument (assign-pair) at ./escape.go:413:25
./escape.go:413:58:   flow: {heap} ← *fmt.a:
./escape.go:413:58:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./escape.go:413:25
./escape.go:413:80: strings.TrimRight(~r0, "\n") escapes to heap in goCmd:
./escape.go:413:80:   flow: {storage for ... argument} ← &{storage for strings.TrimRight(~r0, "\n")}:
./escape.go:413:80:     from strings.TrimRight(~r0, "\n") (spill) at ./escape.go:413:80
./escape.go:413:80:     from ... argument (slice-literal-element) at ./escape.go:413:25
./escape.go:413:80:   flow: fmt.a ← &{storage for ... argument}:
./escape.go:413:80:     from ... argument (spill) at ./escape.go:413:25
./escape.go:413:80:     from fmt.format, fmt.a := "%w: go %s:\n%s", ... argument (assign-pair) at ./escape.go:413:25
./escape.go:413:80:   flow: {heap} ← *fmt.a:
./escape.go:413:80:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./escape.go:413:25
./escape.go:415:46: args[0] escapes to heap in goCmd:
./escape.go:415:46:   flow: {storage for ... argument} ← &{storage for args[0]}:
./escape.go:415:46:     from args[0] (spill) at ./escape.go:415:46
./escape.go:415:46:     from ... argument (slice-literal-element) at ./escape.go:415:24
./escape.go:415:46:   flow: fmt.a ← &{storage for ... argument}:
./escape.go:415:46:     from ... argument (spill) at ./escape.go:415:24
./escape.go:415:46:     from fmt.format, fmt.a := "run go %s: %w", ... argument (assign-pair) at ./escape.go:415:24
./escape.go:415:46:   flow: {heap} ← *fmt.a:
./escape.go:415:46:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./escape.go:415:24
./escape.go:405:45: parameter args leaks to {storage for args[0]} for goCmd with derefs=1:
./escape.go:405:45:   flow: {storage for args[0]} ← *args:
./escape.go:405:45:     from args[0] (dot of pointer) at ./escape.go:415:46
./escape.go:405:45:     from args[0] (interface-converted) at ./escape.go:415:46
./escape.go:413:91: string(bytes.b.buf[bytes.b.off:]) escapes to heap in goCmd:
./escape.go:413:91:   flow: ~r0 ← &{storage for string(bytes.b.buf[bytes.b.off:])}:
./escape.go:413:91:     from string(bytes.b.buf[bytes.b.off:]) (spill) at ./escape.go:413:91
./escape.go:413:91:     from ~r0 = string(bytes.b.buf[bytes.b.off:]) (assign-pair) at ./escape.go:413:91
./escape.go:413:91:   flow: {storage for strings.TrimRight(~r0, "\n")} ← ~r0:
./escape.go:413:91:     from strings.TrimRight(~r0, "\n") (call parameter) at ./escape.go:413:80
./escape.go:413:91:     from strings.TrimRight(~r0, "\n") (interface-converted) at ./escape.go:413:80
./escape.go:405:45: parameter args leaks to {storage for args[0]} for goCmd with derefs=1:
./escape.go:405:45:   flow: {storage for args[0]} ← *args:
./escape.go:405:45:     from args[0] (dot of pointer) at ./escape.go:413:58
./escape.go:405:45:     from args[0] (interface-converted) at ./escape.go:413:58
./escape.go:413:25: &errors.errorString{...} escapes to heap in goCmd:
./escape.go:413:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./escape.go:413:25:     from &errors.errorString{...} (spill) at ./escape.go:413:25
./escape.go:413:25:     from &errors.errorString{...} (interface-converted) at ./escape.go:413:25
./escape.go:413:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./escape.go:413:25
./escape.go:413:25:   flow: fmt.err ← ~r0:
./escape.go:413:25:     from fmt.err = ~r0 (assign-pair) at ./escape.go:413:25
./escape.go:413:25:   flow: ~r1 ← fmt.err:
./escape.go:413:25:     from return "", fmt.err (return) at ./escape.go:413:4
./escape.go:415:24: &errors.errorString{...} escapes to heap in goCmd:
./escape.go:415:24:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./escape.go:415:24:     from &errors.errorString{...} (spill) at ./escape.go:415:24
./escape.go:415:24:     from &errors.errorString{...} (interface-converted) at ./escape.go:415:24
./escape.go:415:24:     from ~r0 = &errors.errorString{...} (assign-pair) at ./escape.go:415:24
./escape.go:415:24:   flow: fmt.err ← ~r0:
./escape.go:415:24:     from fmt.err = ~r0 (assign-pair) at ./escape.go:415:24
./escape.go:415:24:   flow: ~r1 ← fmt.err:
./escape.go:415:24:     from return "", fmt.err (return) at ./escape.go:415:3
./escape.go:417:19: string(bytes.b.buf[bytes.b.off:]) escapes to heap in goCmd:
./escape.go:417:19:   flow: ~r0 ← &{storage for string(bytes.b.buf[bytes.b.off:])}:
./escape.go:417:19:     from string(bytes.b.buf[bytes.b.off:]) (spill) at ./escape.go:417:19
./escape.go:417:19:     from ~r0 = string(bytes.b.buf[bytes.b.off:]) (assign-pair) at ./escape.go:417:19
./escape.go:417:19:   flow: ~r0 ← ~r0:
./escape.go:417:19:     from return ~r0, nil (return) at ./escape.go:417:2
./escape.go:405:12: leaking param: ctx
./escape.go:405:33: leaking param: dir
./escape.go:405:45: leaking param content: args
./escape.go:408:6: moved to heap: out
./escape.go:411:7: moved to heap: ee
./escape.go:413:25: ... argument does not escape
./escape.go:413:58: args[0] escapes to heap
./escape.go:413:80: strings.TrimRight(~r0, "\n") escapes to heap
./escape.go:413:91: string(bytes.b.buf[bytes.b.off:]) escapes to heap
./escape.go:413:25: &errors.errorString{...} escapes to heap
./escape.go:415:24: ... argument does not escape
./escape.go:415:46: args[0] escapes to heap
./escape.go:415:24: &errors.errorString{...} escapes to heap
./escape.go:417:19: string(bytes.b.buf[bytes.b.off:]) escapes to heap
./escape.go:170:16: parameter s leaks to {heap} for parseLine with derefs=0:
./escape.go:170:16:   flow: {heap} ← s:
./escape.go:170:16:     from (*regexp.Regexp).FindStringSubmatch(posRE, s) (call parameter) at ./escape.go:175:31
./escape.go:177:93: s escapes to heap in parseLine:
./escape.go:177:93:   flow: {storage for ... argument} ← &{storage for s}:
./escape.go:177:93:     from s (spill) at ./escape.go:177:93
./escape.go:177:93:     from ... argument (slice-literal-element) at ./escape.go:177:69
./escape.go:177:93:   flow: fmt.a ← &{storage for ... argument}:
./escape.go:177:93:     from ... argument (spill) at ./escape.go:177:69
./escape.go:177:93:     from fmt.format, fmt.a := "%w: %q", ... argument (assign-pair) at ./escape.go:177:69
./escape.go:177:93:   flow: {heap} ← *fmt.a:
./escape.go:177:93:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./escape.go:177:69
./escape.go:181:108: s escapes to heap in parseLine:
./escape.go:181:108:   flow: {storage for ... argument} ← &{storage for s}:
./escape.go:181:108:     from s (spill) at ./escape.go:181:108
./escape.go:181:108:     from ... argument (slice-literal-element) at ./escape.go:181:69
./escape.go:181:108:   flow: fmt.a ← &{storage for ... argument}:
./escape.go:181:108:     from ... argument (spill) at ./escape.go:181:69
./escape.go:181:108:     from fmt.format, fmt.a := "%w: line number in %q", ... argument (assign-pair) at ./escape.go:181:69
./escape.go:181:108:   flow: {heap} ← *fmt.a:
./escape.go:181:108:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./escape.go:181:69
./escape.go:186:104: s escapes to heap in parseLine:
./escape.go:186:104:   flow: {storage for ... argument} ← &{storage for s}:
./escape.go:186:104:     from s (spill) at ./escape.go:186:104
./escape.go:186:104:     from ... argument (slice-literal-element) at ./escape.go:186:70
./escape.go:186:104:   flow: fmt.a ← &{storage for ... argument}:
./escape.go:186:104:     from ... argument (spill) at ./escape.go:186:70
./escape.go:186:104:     from fmt.format, fmt.a := "%w: column in %q", ... argument (assign-pair) at ./escape.go:186:70
./escape.go:186:104:   flow: {heap} ← *fmt.a:
./escape.go:186:104:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./escape.go:186:70
./escape.go:170:16: parameter s leaks to {storage for s} for parseLine with derefs=0:
./escape.go:170:16:   flow: {storage for s} ← s:
./escape.go:170:16:     from s (interface-converted) at ./escape.go:186:104
./escape.go:170:16: parameter s leaks to {storage for s} for parseLine with derefs=0:
./escape.go:170:16:   flow: {storage for s} ← s:
./escape.go:170:16:     from s (interface-converted) at ./escape.go:181:108
./escape.go:170:16: parameter s leaks to {storage for s} for parseLine with derefs=0:
./escape.go:170:16:   flow: {storage for s} ← s:
./escape.go:170:16:     from s (interface-converted) at ./escape.go:177:93
./escape.go:177:69: &errors.errorString{...} escapes to heap in parseLine:
./escape.go:177:69:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./escape.go:177:69:     from &errors.errorString{...} (spill) at ./escape.go:177:69
./escape.go:177:69:     from &errors.errorString{...} (interface-converted) at ./escape.go:177:69
./escape.go:177:69:     from ~r0 = &errors.errorString{...} (assign-pair) at ./escape.go:177:69
./escape.go:177:69:   flow: fmt.err ← ~r0:
./escape.go:177:69:     from fmt.err = ~r0 (assign-pair) at ./escape.go:177:69
./escape.go:177:69:   flow: ~r1 ← fmt.err:
./escape.go:177:69:     from return line{...}, fmt.err (return) at ./escape.go:177:3
./escape.go:181:69: &errors.errorString{...} escapes to heap in parseLine:
./escape.go:181:69:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./escape.go:181:69:     from &errors.errorString{...} (spill) at ./escape.go:181:69
./escape.go:181:69:     from &errors.errorString{...} (interface-converted) at ./escape.go:181:69
./escape.go:181:69:     from ~r0 = &errors.errorString{...} (assign-pair) at ./escape.go:181:69
./escape.go:181:69:   flow: fmt.err ← ~r0:
./escape.go:181:69:     from fmt.err = ~r0 (assign-pair) at ./escape.go:181:69
./escape.go:181:69:   flow: ~r1 ← fmt.err:
./escape.go:181:69:     from return line{...}, fmt.err (return) at ./escape.go:181:3
./escape.go:186:70: &errors.errorString{...} escapes to heap in parseLine:
./escape.go:186:70:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./escape.go:186:70:     from &errors.errorString{...} (spill) at ./escape.go:186:70
./escape.go:186:70:     from &errors.errorString{...} (interface-converted) at ./escape.go:186:70
./escape.go:186:70:     from ~r0 = &errors.errorString{...} (assign-pair) at ./escape.go:186:70
./escape.go:186:70:   flow: fmt.err ← ~r0:
./escape.go:186:70:     from fmt.err = ~r0 (assign-pair) at ./escape.go:186:70
./escape.go:186:70:   flow: ~r1 ← fmt.err:
./escape.go:186:70:     from return line{...}, fmt.err (return) at ./escape.go:186:4
./escape.go:170:16: parameter s leaks to ~r0 for parseLine with derefs=0:
./escape.go:170:16:   flow: ~r0 ← s:
./escape.go:170:16:     from line{...} (struct literal element) at ./escape.go:173:14
./escape.go:170:16:     from return line{...}, nil (return) at ./escape.go:173:3
./escape.go:225:23: "cost " + f[2] escapes to heap in parseLine:
./escape.go:225:23:   flow: l ← &{storage for "cost " + f[2]}:
./escape.go:225:23:     from "cost " + f[2] (spill) at ./escape.go:225:23
./escape.go:225:23:     from l.Detail = "cost " + f[2] (assign) at ./escape.go:225:13
./escape.go:225:23:   flow: ~r0 ← l:
./escape.go:225:23:     from return l, nil (return) at ./escape.go:252:2
./escape.go:234:24: "score " + f[2] escapes to heap in parseLine:
./escape.go:234:24:   flow: l ← &{storage for "score " + f[2]}:
./escape.go:234:24:     from "score " + f[2] (spill) at ./escape.go:234:24
./escape.go:234:24:     from l.Detail = "score " + f[2] (assign) at ./escape.go:234:13
./escape.go:234:24:   flow: ~r0 ← l:
./escape.go:234:24:     from return l, nil (return) at ./escape.go:252:2
./escape.go:238:66: "to " + f[2] escapes to heap in parseLine:
./escape.go:238:66:   flow: l ← &{storage for "to " + f[2]}:
./escape.go:238:66:     from "to " + f[2] (spill) at ./escape.go:238:66
./escape.go:238:66:     from l.Verdict, l.Expr, l.Detail = Verdict("devirtualized"), f[1], "to " + f[2] (assign-pair) at ./escape.go:238:31
./escape.go:238:66:   flow: ~r0 ← l:
./escape.go:238:66:     from return l, nil (return) at ./escape.go:252:2
./escape.go:170:16: leaking param: s
./escape.go:177:69: ... argument does not escape
./escape.go:177:93: s escapes to heap
./escape.go:177:69: &errors.errorString{...} escapes to heap
./escape.go:181:69: ... argument does not escape
./escape.go:181:108: s escapes to heap
./escape.go:181:69: &errors.errorString{...} escapes to heap
./escape.go:186:70: ... argument does not escape
./escape.go:186:104: s escapes to heap
./escape.go:186:70: &errors.errorString{...} escapes to heap
./escape.go:225:23: "cost " + f[2] escapes to heap
./escape.go:234:24: "score " + f[2] escapes to heap
./escape.go:238:66: "to " + f[2] escapes to heap
./escape.go:329:43: a does not escape
./escape.go:329:46: b does not escape
./escape.go:330:16: ... argument does not escape
/usr/local/go/src/slices/zsortanyfunc.go:470:20: slices.rotateCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:470:20: slices.rotateCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:473:20: slices.rotateCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:473:20: slices.rotateCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:478:18: slices.rotateCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:478:18: slices.rotateCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:398:23: slices.symMergeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k + 1] = slices.data[slices.k + 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:398:23: slices.symMergeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k + 1] = slices.data[slices.k + 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:422:23: slices.symMergeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k - 1] = slices.data[slices.k - 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:422:23: slices.symMergeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k - 1] = slices.data[slices.k - 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:378:29: parameter slices.data leaks to {heap} for symMergeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] with derefs=1:
/usr/local/go/src/slices/zsortanyfunc.go:378:29:   flow: {heap} ← *slices.data:
/usr/local/go/src/slices/zsortanyfunc.go:378:29:     from slices.data[slices.h] (dot of pointer) at /usr/local/go/src/slices/zsortanyfunc.go:390:15
/usr/local/go/src/slices/zsortanyfunc.go:378:29:     from slices.cmp(slices.data[slices.h], slices.data[slices.a]) (call parameter) at /usr/local/go/src/slices/zsortanyfunc.go:390:10
/usr/local/go/src/slices/zsortanyfunc.go:339:23: slices.stableCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:339:23: slices.stableCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:343:22: slices.stableCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:343:22: slices.stableCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:335:27: parameter slices.data leaks to {heap} for stableCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] with derefs=1:
/usr/local/go/src/slices/zsortanyfunc.go:335:27:   flow: slices.data ← slices.data:
/usr/local/go/src/slices/zsortanyfunc.go:335:27:     from slices..dict, slices.data, slices.a, slices.b, slices.cmp := (*[2]uintptr)(slices..dict[0]), slices.data, slices.a, slices.b, slices.cmp (assign-pair) at /usr/local/go/src/slices/zsortanyfunc.go:339:23
/usr/local/go/src/slices/zsortanyfunc.go:335:27:   flow: {heap} ← *slices.data:
/usr/local/go/src/slices/zsortanyfunc.go:335:27:     from slices.data[slices.j] (dot of pointer) at /usr/local/go/src/slices/zsortanyfunc.go:339:23
/usr/local/go/src/slices/zsortanyfunc.go:335:27:     from slices.cmp(slices.data[slices.j], slices.data[slices.j - 1]) (call parameter) at /usr/local/go/src/slices/zsortanyfunc.go:339:23
./escape.go:279:11: "Buffer called after Scan" escapes to heap in ParseDiagnostics:
./escape.go:279:11:   flow: {heap} ← &{storage for "Buffer called after Scan"}:
./escape.go:279:11:     from "Buffer called after Scan" (spill) at ./escape.go:279:11
./escape.go:279:11:     from panic("Buffer called after Scan") (call parameter) at ./escape.go:279:11
./escape.go:297:24: append(flows[*cur], l.Flow) escapes to heap in ParseDiagnostics:
./escape.go:297:24:   flow: {heap} ← &{storage for append(flows[*cur], l.Flow)}:
./escape.go:297:24:     from append(flows[*cur], l.Flow) (spill) at ./escape.go:297:24
./escape.go:297:24:     from flows[*cur] = append(flows[*cur], l.Flow) (assign) at ./escape.go:297:16
./escape.go:304:31: append(fs[len(fs) - 1].From, l.Step) escapes to heap in ParseDiagnostics:
./escape.go:304:31:   flow: {heap} ← &{storage for append(fs[len(fs) - 1].From, l.Step)}:
./escape.go:304:31:     from append(fs[len(fs) - 1].From, l.Step) (spill) at ./escape.go:304:31
./escape.go:304:31:     from fs[len(fs) - 1].From = append(fs[len(fs) - 1].From, l.Step) (assign) at ./escape.go:304:23
./escape.go:279:16: make([]byte, 0, 65536) escapes to heap in ParseDiagnostics:
./escape.go:279:16:   flow: bufio.buf ← &{storage for make([]byte, 0, 65536)}:
./escape.go:279:16:     from make([]byte, 0, 65536) (spill) at ./escape.go:279:16
./escape.go:279:16:     from bufio.s, bufio.buf, bufio.max := sc, make([]byte, 0, 65536), 4194304 (assign-pair) at ./escape.go:279:11
./escape.go:279:16:   flow: {heap} ← bufio.buf:
./escape.go:279:16:     from bufio.buf[0:cap(bufio.buf)] (slice) at ./escape.go:279:11
./escape.go:279:16:     from bufio.s.buf = bufio.buf[0:cap(bufio.buf)] (assign) at ./escape.go:279:11
./escape.go:281:30: string(bufio.s.token) escapes to heap in ParseDiagnostics:
./escape.go:281:30:   flow: ~r0 ← &{storage for string(bufio.s.token)}:
./escape.go:281:30:     from string(bufio.s.token) (spill) at ./escape.go:281:30
./escape.go:281:30:     from ~r0 = string(bufio.s.token) (assign-pair) at ./escape.go:281:30
./escape.go:281:30:   flow: {heap} ← ~r0:
./escape.go:281:30:     from parseLine(~r0) (call parameter) at ./escape.go:281:22
./escape.go:267:23: parameter r leaks to {heap} for ParseDiagnostics with derefs=0:
./escape.go:267:23:   flow: bufio.r ← r:
./escape.go:267:23:     from bufio.r := r (assign-pair) at ./escape.go:278:24
./escape.go:267:23:   flow: {storage for &bufio.Scanner{...}} ← bufio.r:
./escape.go:267:23:     from bufio.Scanner{...} (struct literal element) at ./escape.go:278:24
./escape.go:267:23:   flow: ~r0 ← &{storage for &bufio.Scanner{...}}:
./escape.go:267:23:     from &bufio.Scanner{...} (spill) at ./escape.go:278:24
./escape.go:267:23:     from ~r0 = &bufio.Scanner{...} (assign-pair) at ./escape.go:278:24
./escape.go:267:23:   flow: sc ← ~r0:
./escape.go:267:23:     from sc := ~r0 (assign) at ./escape.go:278:5
./escape.go:267:23:   flow: {temp} ← sc:
./escape.go:267:23:     from (*bufio.Scanner).Scan(sc) (call parameter) at ./escape.go:280:13
./escape.go:267:23:   flow: {heap} ← *{temp}:
./escape.go:291:10: &key{...} escapes to heap in ParseDiagnostics:
./escape.go:291:10:   flow: cur ← &{storage for &key{...}}:
./escape.go:291:10:     from &key{...} (spill) at ./escape.go:291:10
./escape.go:291:10:     from cur = &key{...} (assign) at ./escape.go:291:8
./escape.go:311:25: &errors.errorString{...} escapes to heap in ParseDiagnostics:
./escape.go:311:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./escape.go:311:25:     from &errors.errorString{...} (spill) at ./escape.go:311:25
./escape.go:311:25:     from &errors.errorString{...} (interface-converted) at ./escape.go:311:25
./escape.go:311:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./escape.go:311:25
./escape.go:311:25:   flow: fmt.err ← ~r0:
./escape.go:311:25:     from fmt.err = ~r0 (assign-pair) at ./escape.go:311:25
./escape.go:311:25:   flow: ~r1 ← fmt.err:
./escape.go:311:25:     from return nil, fmt.err (return) at ./escape.go:311:3
./escape.go:273:3: rep escapes to heap in ParseDiagnostics:
./escape.go:273:3:   flow: ~r0 ← &rep:
./escape.go:273:3:     from &rep (address-of) at ./escape.go:332:9
./escape.go:273:3:     from return &rep, nil (return) at ./escape.go:332:2
./escape.go:284:26: append(rep.Unparsed, l.Text) escapes to heap in ParseDiagnostics:
./escape.go:284:26:   flow: rep ← &{storage for append(rep.Unparsed, l.Text)}:
./escape.go:284:26:     from append(rep.Unparsed, l.Text) (spill) at ./escape.go:284:26
./escape.go:284:26:     from rep.Unparsed = append(rep.Unparsed, l.Text) (assign) at ./escape.go:284:18
./escape.go:294:26: append(rep.Unparsed, l.Text) escapes to heap in ParseDiagnostics:
./escape.go:294:26:   flow: rep ← &{storage for append(rep.Unparsed, l.Text)}:
./escape.go:294:26:     from append(rep.Unparsed, l.Text) (spill) at ./escape.go:294:26
./escape.go:294:26:     from rep.Unparsed = append(rep.Unparsed, l.Text) (assign) at ./escape.go:294:18
./escape.go:300:26: append(rep.Unparsed, l.Text) escapes to heap in ParseDiagnostics:
./escape.go:300:26:   flow: rep ← &{storage for append(rep.Unparsed, l.Text)}:
./escape.go:300:26:     from append(rep.Unparsed, l.Text) (spill) at ./escape.go:300:26
./escape.go:300:26:     from rep.Unparsed = append(rep.Unparsed, l.Text) (assign) at ./escape.go:300:18
./escape.go:327:24: append(rep.Findings, f) escapes to heap in ParseDiagnostics:
./escape.go:327:24:   flow: rep ← &{storage for append(rep.Findings, f)}:
./escape.go:327:24:     from append(rep.Findings, f) (spill) at ./escape.go:327:24
./escape.go:327:24:     from rep.Findings = append(rep.Findings, f) (assign) at ./escape.go:327:16
./escape.go:267:23: leaking param: r
./escape.go:273:3: moved to heap: rep
./escape.go:274:28: map[key][]Flow{} does not escape
./escape.go:278:24: &bufio.Scanner{...} does not escape
./escape.go:279:16: make([]byte, 0, 65536) escapes to heap
./escape.go:279:11: "Buffer called after Scan" escapes to heap
./escape.go:281:30: string(bufio.s.token) escapes to heap
./escape.go:284:26: append escapes to heap
./escape.go:291:10: &key{...} escapes to heap
./escape.go:294:26: append escapes to heap
./escape.go:297:24: append escapes to heap
./escape.go:300:26: append escapes to heap
./escape.go:304:31: append escapes to heap
./escape.go:307:21: append does not escape
./escape.go:311:25: ... argument does not escape
./escape.go:311:25: &errors.errorString{...} escapes to heap
./escape.go:313:25: map[string]bool{} does not escape
./escape.go:327:24: append escapes to heap
./escape.go:329:38: func literal does not escape
./escape.go:378:29: parameter file leaks to ~r0 for localPath with derefs=0:
./escape.go:378:29:   flow: abs ← file:
./escape.go:378:29:     from abs = file (assign) at ./escape.go:385:7
./escape.go:378:29:   flow: ~r0 ← abs:
./escape.go:378:29:     from return abs, true (return) at ./escape.go:396:3
./escape.go:378:21: parameter pkgDir leaks to ~r0 for localPath with derefs=0:
./escape.go:378:21:   flow: {storage for ... argument} ← pkgDir:
./escape.go:378:21:     from ... argument (slice-literal-element) at ./escape.go:387:22
./escape.go:378:21:   flow: filepath.elem ← &{storage for ... argument}:
./escape.go:378:21:     from ... argument (spill) at ./escape.go:387:22
./escape.go:378:21:     from filepath.elem := ... argument (assign-pair) at ./escape.go:387:22
./escape.go:378:21:   flow: {temp} ← filepath.elem:
./escape.go:378:21:     from filepath.join(filepath.elem) (call parameter) at ./escape.go:387:22
./escape.go:378:21:   flow: ~r0 ← *{temp}:
./escape.go:378:21:     from ~r0 = filepath.join(filepath.elem) (assign-pair) at ./escape.go:387:22
./escape.go:378:21:   flow: abs ← ~r0:
./escape.go:378:21:     from abs = ~r0 (assign) at ./escape.go:387:7
./escape.go:378:21:   flow: ~r0 ← abs:
./escape.go:378:21:     from return abs, true (return) at ./escape.go:396:3
./escape.go:378:16: dir does not escape
./escape.go:378:21: leaking param: pkgDir to result ~r0 level=0
./escape.go:378:29: leaking param: file to result ~r0 level=0
./escape.go:387:22: ... argument does not escape
./escape.go:467:15: parameter fd leaks to ~r0 for funcName with derefs=2:
./escape.go:467:15:   flow: ~r0 ← **fd:
./escape.go:467:15:     from fd.Name (dot of pointer) at ./escape.go:469:12
./escape.go:467:15:     from fd.Name.Name (dot of pointer) at ./escape.go:469:17
./escape.go:467:15:     from return fd.Name.Name (return) at ./escape.go:469:3
./escape.go:487:29: "(*" + name + ")." + fd.Name.Name escapes to heap in funcName:
./escape.go:487:29:   flow: ~r0 ← &{storage for "(*" + name + ")." + fd.Name.Name}:
./escape.go:487:29:     from "(*" + name + ")." + fd.Name.Name (spill) at ./escape.go:487:29
./escape.go:487:29:     from return "(*" + name + ")." + fd.Name.Name (return) at ./escape.go:487:3
./escape.go:489:20: name + "." + fd.Name.Name escapes to heap in funcName:
./escape.go:489:20:   flow: ~r0 ← &{storage for name + "." + fd.Name.Name}:
./escape.go:489:20:     from name + "." + fd.Name.Name (spill) at ./escape.go:489:20
./escape.go:489:20:     from return name + "." + fd.Name.Name (return) at ./escape.go:489:2
./escape.go:467:15: leaking param: fd to result ~r0 level=2
./escape.go:487:29: "(*" + name + ")." + fd.Name.Name escapes to heap
./escape.go:489:20: name + "." + fd.Name.Name escapes to heap
./escape.go:429:30: parameter fs leaks to {heap} for attachFuncs with derefs=1:
./escape.go:429:30:   flow: f ← fs:
./escape.go:429:30:     from fs[i] (dot of pointer) at ./escape.go:436:11
./escape.go:429:30:     from &fs[i] (address-of) at ./escape.go:436:8
./escape.go:429:30:     from f := &fs[i] (assign) at ./escape.go:436:5
./escape.go:429:30:   flow: {heap} ← *f:
./escape.go:429:30:     from f.Pos (dot of pointer) at ./escape.go:455:11
./escape.go:429:30:     from f.Pos.File (dot) at ./escape.go:455:15
./escape.go:429:30:     from files[f.Pos.File] (key of map put) at ./escape.go:455:9
./escape.go:451:21: append(spans, span{...}) escapes to heap in attachFuncs:
./escape.go:451:21:   flow: spans ← &{storage for append(spans, span{...})}:
./escape.go:451:21:     from append(spans, span{...}) (spill) at ./escape.go:451:21
./escape.go:451:21:     from spans = append(spans, span{...}) (assign) at ./escape.go:451:13
./escape.go:451:21:   flow: {heap} ← spans:
./escape.go:451:21:     from files[f.Pos.File] = spans (assign) at ./escape.go:455:22
./escape.go:446:28: &token.FileSet{...} escapes to heap in attachFuncs:
./escape.go:446:28:   flow: ~r0 ← &{storage for &token.FileSet{...}}:
./escape.go:446:28:     from &token.FileSet{...} (spill) at ./escape.go:446:28
./escape.go:446:28:     from ~r0 = &token.FileSet{...} (assign-pair) at ./escape.go:446:28
./escape.go:446:28:   flow: fset ← ~r0:
./escape.go:446:28:     from fset := ~r0 (assign) at ./escape.go:446:9
./escape.go:446:28:   flow: {heap} ← fset:
./escape.go:446:28:     from parser.ParseFile(fset, path, nil, parser.Mode(64)) (call parameter) at ./escape.go:447:31
./escape.go:429:18: parameter dir leaks to {heap} for attachFuncs with derefs=0:
./escape.go:429:18:   flow: {storage for ... argument} ← dir:
./escape.go:429:18:     from ... argument (slice-literal-element) at ./escape.go:444:25
./escape.go:429:18:   flow: filepath.elem ← &{storage for ... argument}:
./escape.go:429:18:     from ... argument (spill) at ./escape.go:444:25
./escape.go:429:18:     from filepath.elem := ... argument (assign-pair) at ./escape.go:444:25
./escape.go:429:18:   flow: {temp} ← filepath.elem:
./escape.go:429:18:     from filepath.join(filepath.elem) (call parameter) at ./escape.go:444:25
./escape.go:429:18:   flow: ~r0 ← *{temp}:
./escape.go:429:18:     from ~r0 = filepath.join(filepath.elem) (assign-pair) at ./escape.go:444:25
./escape.go:429:18:   flow: path ← ~r0:
./escape.go:429:18:     from path = ~r0 (assign) at ./escape.go:444:10
./escape.go:429:18:   flow: {heap} ← path:
./escape.go:429:18:     from parser.ParseFile(fset, path, nil, parser.Mode(64)) (call parameter) at ./escape.go:447:31
./escape.go:429:18: leaking param: dir
./escape.go:429:30: leaking param content: fs
./escape.go:434:28: map[string][]span{} does not escape
./escape.go:444:25: ... argument does not escape
./escape.go:446:28: &token.FileSet{...} escapes to heap
./escape.go:451:21: append escapes to heap
./escape.go:345:16: parameter ctx leaks to {heap} for RunEscape with derefs=0:
./escape.go:345:16:   flow: {heap} ← ctx:
./escape.go:345:16:     from goCmd(ctx, dir, ... argument...) (call parameter) at ./escape.go:346:22
./escape.go:345:37: parameter dir leaks to {heap} for RunEscape with derefs=0:
./escape.go:345:37:   flow: {heap} ← dir:
./escape.go:345:37:     from goCmd(ctx, dir, ... argument...) (call parameter) at ./escape.go:346:22
./escape.go:345:42: parameter target leaks to {heap} for RunEscape with derefs=0:
./escape.go:345:42:   flow: {storage for ... argument} ← target:
./escape.go:345:42:     from ... argument (slice-literal-element) at ./escape.go:346:22
./escape.go:345:42:   flow: {heap} ← {storage for ... argument}:
./escape.go:345:42:     from ... argument (spill) at ./escape.go:346:22
./escape.go:345:42:     from goCmd(ctx, dir, ... argument...) (call parameter) at ./escape.go:346:22
./escape.go:354:48: &strings.Reader{...} escapes to heap in RunEscape:
./escape.go:354:48:   flow: ~r0 ← &{storage for &strings.Reader{...}}:
./escape.go:354:48:     from &strings.Reader{...} (spill) at ./escape.go:354:48
./escape.go:354:48:     from ~r0 = &strings.Reader{...} (assign-pair) at ./escape.go:354:48
./escape.go:354:48:   flow: {heap} ← ~r0:
./escape.go:354:48:     from ~r0 (interface-converted) at ./escape.go:354:48
./escape.go:354:48:     from ParseDiagnostics(~r0) (call parameter) at ./escape.go:354:30
./escape.go:366:16: append(kept, f) escapes to heap in RunEscape:
./escape.go:366:16:   flow: kept ← &{storage for append(kept, f)}:
./escape.go:366:16:     from append(kept, f) (spill) at ./escape.go:366:16
./escape.go:366:16:     from kept = append(kept, f) (assign) at ./escape.go:366:8
./escape.go:366:16:   flow: {heap} ← kept:
./escape.go:366:16:     from rep.Findings = kept (assign) at ./escape.go:368:15
./escape.go:345:16: leaking param: ctx
./escape.go:345:37: leaking param: dir
./escape.go:345:42: leaking param: target
./escape.go:346:22: ... argument does not escape
./escape.go:350:19: ... argument does not escape
./escape.go:354:48: &strings.Reader{...} escapes to heap
./escape.go:366:16: append escapes to heap
./demo.go:75:19: parameter rep leaks to {heap} for compilerSays with derefs=2:
./demo.go:75:19:   flow: r ← rep:
./demo.go:75:19:     from r, fn, v := rep, e.Func, e.Verdict (assign-pair) at ./demo.go:77:31
./demo.go:75:19:   flow: {temp} ← *r:
./demo.go:75:19:     from r.Findings (dot of pointer) at ./demo.go:77:31
./demo.go:75:19:   flow: f ← *{temp}:
./demo.go:75:19:     from for loop (range-deref) at ./demo.go:77:31
./demo.go:75:19:   flow: {heap} ← f:
./demo.go:75:19:     from append(out, f) (call parameter) at ./demo.go:77:31
./demo.go:79:37: string(f.Verdict) + ": " + f.Expr escapes to heap in compilerSays:
./demo.go:79:37:   flow: ~r0 ← &{storage for string(f.Verdict) + ": " + f.Expr}:
./demo.go:79:37:     from string(f.Verdict) + ": " + f.Expr (spill) at ./demo.go:79:37
./demo.go:79:37:     from return string(f.Verdict) + ": " + f.Expr (return) at ./demo.go:79:5
./demo.go:82:81: "NOT REPORTED (catalogue expects " + string(e.Verdict) + ": " + e.Expr + ")" escapes to heap in compilerSays:
./demo.go:82:81:   flow: ~r0 ← &{storage for "NOT REPORTED (catalogue expects " + string(e.Verdict) + ": " + e.Expr + ")"}:
./demo.go:82:81:     from "NOT REPORTED (catalogue expects " + string(e.Verdict) + ": " + e.Expr + ")" (spill) at ./demo.go:82:81
./demo.go:82:81:     from return "NOT REPORTED (catalogue expects " + string(e.Verdict) + ": " + e.Expr + ")" (return) at ./demo.go:82:3
./demo.go:86:52: "UNEXPECTED " + string(f.Verdict) + ": " + f.Expr escapes to heap in compilerSays:
./demo.go:86:52:   flow: ~r0 ← &{storage for "UNEXPECTED " + string(f.Verdict) + ": " + f.Expr}:
./demo.go:86:52:     from "UNEXPECTED " + string(f.Verdict) + ": " + f.Expr (spill) at ./demo.go:86:52
./demo.go:86:52:     from return "UNEXPECTED " + string(f.Verdict) + ": " + f.Expr (return) at ./demo.go:86:4
./demo.go:75:19: leaking param content: rep
./demo.go:75:32: e does not escape
./demo.go:77:31: append does not escape
./demo.go:79:37: string(f.Verdict) + ": " + f.Expr escapes to heap
./demo.go:82:81: "NOT REPORTED (catalogue expects " + string(e.Verdict) + ": " + e.Expr + ")" escapes to heap
./demo.go:86:52: "UNEXPECTED " + string(f.Verdict) + ": " + f.Expr escapes to heap
./demo.go:51:17: parameter ctx leaks to {heap} for demoEscape with derefs=0:
./demo.go:51:17:   flow: {heap} ← ctx:
./demo.go:51:17:     from RunEscape(ctx, dir, ".", false) (call parameter) at ./demo.go:55:26
./demo.go:51:38: parameter w leaks to {heap} for demoEscape with derefs=0:
./demo.go:51:38:   flow: {heap} ← w:
./demo.go:51:38:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./demo.go:59:15
./demo.go:59:19: "(source not found beside the binary: compiler verdicts skipped)" escapes to heap in demoEscape:
./demo.go:59:19:   flow: {storage for ... argument} ← &{storage for "(source not found beside the binary: compiler verdicts skipped)"}:
./demo.go:59:19:     from "(source not found beside the binary: compiler verdicts skipped)" (spill) at ./demo.go:59:19
./demo.go:59:19:     from ... argument (slice-literal-element) at ./demo.go:59:15
./demo.go:59:19:   flow: {heap} ← {storage for ... argument}:
./demo.go:59:19:     from ... argument (spill) at ./demo.go:59:15
./demo.go:59:19:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./demo.go:59:15
./demo.go:62:19: "function\tcase\tcompiler says\tallocs/op" escapes to heap in demoEscape:
./demo.go:62:19:   flow: {storage for ... argument} ← &{storage for "function\tcase\tcompiler says\tallocs/op"}:
./demo.go:62:19:     from "function\tcase\tcompiler says\tallocs/op" (spill) at ./demo.go:62:19
./demo.go:62:19:     from ... argument (slice-literal-element) at ./demo.go:62:14
./demo.go:62:19:   flow: {heap} ← {storage for ... argument}:
./demo.go:62:19:     from ... argument (spill) at ./demo.go:62:14
./demo.go:62:19:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./demo.go:62:14
./demo.go:68:40: e.Func escapes to heap in demoEscape:
./demo.go:68:40:   flow: {storage for ... argument} ← &{storage for e.Func}:
./demo.go:68:40:     from e.Func (spill) at ./demo.go:68:40
./demo.go:68:40:     from ... argument (slice-literal-element) at ./demo.go:68:14
./demo.go:68:40:   flow: {heap} ← {storage for ... argument}:
./demo.go:68:40:     from ... argument (spill) at ./demo.go:68:14
./demo.go:68:40:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%g\n", ... argument...) (call parameter) at ./demo.go:68:14
./demo.go:68:48: e.Shows escapes to heap in demoEscape:
./demo.go:68:48:   flow: {storage for ... argument} ← &{storage for e.Shows}:
./demo.go:68:48:     from e.Shows (spill) at ./demo.go:68:48
./demo.go:68:48:     from ... argument (slice-literal-element) at ./demo.go:68:14
./demo.go:68:48:   flow: {heap} ← {storage for ... argument}:
./demo.go:68:48:     from ... argument (spill) at ./demo.go:68:14
./demo.go:68:48:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%g\n", ... argument...) (call parameter) at ./demo.go:68:14
./demo.go:68:56: said escapes to heap in demoEscape:
./demo.go:68:56:   flow: {storage for ... argument} ← &{storage for said}:
./demo.go:68:56:     from said (spill) at ./demo.go:68:56
./demo.go:68:56:     from ... argument (slice-literal-element) at ./demo.go:68:14
./demo.go:68:56:   flow: {heap} ← {storage for ... argument}:
./demo.go:68:56:     from ... argument (spill) at ./demo.go:68:14
./demo.go:68:56:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%g\n", ... argument...) (call parameter) at ./demo.go:68:14
./demo.go:68:74: allocsPerRun(100, e.Run) escapes to heap in demoEscape:
./demo.go:68:74:   flow: {storage for ... argument} ← &{storage for allocsPerRun(100, e.Run)}:
./demo.go:68:74:     from allocsPerRun(100, e.Run) (spill) at ./demo.go:68:74
./demo.go:68:74:     from ... argument (slice-literal-element) at ./demo.go:68:14
./demo.go:68:74:   flow: {heap} ← {storage for ... argument}:
./demo.go:68:74:     from ... argument (spill) at ./demo.go:68:14
./demo.go:68:74:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%g\n", ... argument...) (call parameter) at ./demo.go:68:14
./demo.go:61:27: new(tabwriter.Writer) escapes to heap in demoEscape:
./demo.go:61:27:   flow: {temp} ← &{storage for new(tabwriter.Writer)}:
./demo.go:61:27:     from new(tabwriter.Writer) (spill) at ./demo.go:61:27
./demo.go:61:27:     from (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (call parameter) at ./demo.go:61:27
./demo.go:61:27:   flow: ~r0 ← {temp}:
./demo.go:61:27:     from ~r0 = (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (assign-pair) at ./demo.go:61:27
./demo.go:61:27:   flow: tw ← ~r0:
./demo.go:61:27:     from tw := ~r0 (assign) at ./demo.go:61:5
./demo.go:61:27:   flow: {heap} ← tw:
./demo.go:61:27:     from tw (interface-converted) at ./demo.go:62:15
./demo.go:61:27:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./demo.go:62:14
./demo.go:51:17: leaking param: ctx
./demo.go:51:38: leaking param: w
./demo.go:59:15: ... argument does not escape
./demo.go:59:19: "(source not found beside the binary: compiler verdicts skipped)" escapes to heap
./demo.go:61:27: new(tabwriter.Writer) escapes to heap
./demo.go:62:14: ... argument does not escape
./demo.go:62:19: "function\tcase\tcompiler says\tallocs/op" escapes to heap
./demo.go:68:14: ... argument does not escape
./demo.go:68:40: e.Func escapes to heap
./demo.go:68:48: e.Shows escapes to heap
./demo.go:68:56: said escapes to heap
./demo.go:68:74: allocsPerRun(100, e.Run) escapes to heap
./demo.go:17:32: parameter w leaks to {heap} for demo with derefs=0:
./demo.go:17:32:   flow: {heap} ← w:
./demo.go:17:32:     from fmt.Fprintln(w, nil...) (call parameter) at ./demo.go:26:16
./demo.go:17:11: parameter ctx leaks to {heap} for demo with derefs=0:
./demo.go:17:11:   flow: {heap} ← ctx:
./demo.go:17:11:     from s.run(ctx, w) (call parameter) at ./demo.go:29:18
./demo.go:28:32: s.title escapes to heap in demo:
./demo.go:28:32:   flow: {storage for ... argument} ← &{storage for s.title}:
./demo.go:28:32:     from s.title (spill) at ./demo.go:28:32
./demo.go:28:32:     from ... argument (slice-literal-element) at ./demo.go:28:14
./demo.go:28:32:   flow: {heap} ← {storage for ... argument}:
./demo.go:28:32:     from ... argument (spill) at ./demo.go:28:14
./demo.go:28:32:     from fmt.Fprintf(w, "== %s\n\n", ... argument...) (call parameter) at ./demo.go:28:14
./demo.go:30:33: s.title escapes to heap in demo:
./demo.go:30:33:   flow: {storage for ... argument} ← &{storage for s.title}:
./demo.go:30:33:     from s.title (spill) at ./demo.go:30:33
./demo.go:30:33:     from ... argument (slice-literal-element) at ./demo.go:30:21
./demo.go:30:33:   flow: fmt.a ← &{storage for ... argument}:
./demo.go:30:33:     from ... argument (spill) at ./demo.go:30:21
./demo.go:30:33:     from fmt.format, fmt.a := "%s: %w", ... argument (assign-pair) at ./demo.go:30:21
./demo.go:30:33:   flow: {heap} ← *fmt.a:
./demo.go:30:33:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./demo.go:30:21
./demo.go:30:21: &errors.errorString{...} escapes to heap in demo:
./demo.go:30:21:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./demo.go:30:21:     from &errors.errorString{...} (spill) at ./demo.go:30:21
./demo.go:30:21:     from &errors.errorString{...} (interface-converted) at ./demo.go:30:21
./demo.go:30:21:     from ~r0 = &errors.errorString{...} (assign-pair) at ./demo.go:30:21
./demo.go:30:21:   flow: fmt.err ← ~r0:
./demo.go:30:21:     from fmt.err = ~r0 (assign-pair) at ./demo.go:30:21
./demo.go:30:21:   flow: ~r0 ← fmt.err:
./demo.go:30:21:     from return fmt.err (return) at ./demo.go:30:4
./demo.go:17:11: leaking param: ctx
./demo.go:17:32: leaking param: w
./demo.go:21:3: []struct { title string; run func(context.Context, io.Writer) error }{...} does not escape
./demo.go:28:14: ... argument does not escape
./demo.go:28:32: s.title escapes to heap
./demo.go:30:21: ... argument does not escape
./demo.go:30:33: s.title escapes to heap
./demo.go:30:21: &errors.errorString{...} escapes to heap
./escape.go:83:7: v does not escape
./escape.go:95:32: p.File escapes to heap in Pos.String:
./escape.go:95:32:   flow: {storage for ... argument} ← &{storage for p.File}:
./escape.go:95:32:     from p.File (spill) at ./escape.go:95:32
./escape.go:95:32:     from ... argument (slice-literal-element) at ./escape.go:95:21
./escape.go:95:32:   flow: {heap} ← {storage for ... argument}:
./escape.go:95:32:     from ... argument (spill) at ./escape.go:95:21
./escape.go:95:32:     from fmt.Sprintf("%s:%d", ... argument...) (call parameter) at ./escape.go:95:21
./escape.go:95:40: p.Line escapes to heap in Pos.String:
./escape.go:95:40:   flow: {storage for ... argument} ← &{storage for p.Line}:
./escape.go:95:40:     from p.Line (spill) at ./escape.go:95:40
./escape.go:95:40:     from ... argument (slice-literal-element) at ./escape.go:95:21
./escape.go:95:40:   flow: {heap} ← {storage for ... argument}:
./escape.go:95:40:     from ... argument (spill) at ./escape.go:95:21
./escape.go:95:40:     from fmt.Sprintf("%s:%d", ... argument...) (call parameter) at ./escape.go:95:21
./escape.go:97:34: p.File escapes to heap in Pos.String:
./escape.go:97:34:   flow: {storage for ... argument} ← &{storage for p.File}:
./escape.go:97:34:     from p.File (spill) at ./escape.go:97:34
./escape.go:97:34:     from ... argument (slice-literal-element) at ./escape.go:97:20
./escape.go:97:34:   flow: {heap} ← {storage for ... argument}:
./escape.go:97:34:     from ... argument (spill) at ./escape.go:97:20
./escape.go:97:34:     from fmt.Sprintf("%s:%d:%d", ... argument...) (call parameter) at ./escape.go:97:20
./escape.go:97:42: p.Line escapes to heap in Pos.String:
./escape.go:97:42:   flow: {storage for ... argument} ← &{storage for p.Line}:
./escape.go:97:42:     from p.Line (spill) at ./escape.go:97:42
./escape.go:97:42:     from ... argument (slice-literal-element) at ./escape.go:97:20
./escape.go:97:42:   flow: {heap} ← {storage for ... argument}:
./escape.go:97:42:     from ... argument (spill) at ./escape.go:97:20
./escape.go:97:42:     from fmt.Sprintf("%s:%d:%d", ... argument...) (call parameter) at ./escape.go:97:20
./escape.go:97:50: p.Col escapes to heap in Pos.String:
./escape.go:97:50:   flow: {storage for ... argument} ← &{storage for p.Col}:
./escape.go:97:50:     from p.Col (spill) at ./escape.go:97:50
./escape.go:97:50:     from ... argument (slice-literal-element) at ./escape.go:97:20
./escape.go:97:50:   flow: {heap} ← {storage for ... argument}:
./escape.go:97:50:     from ... argument (spill) at ./escape.go:97:20
./escape.go:97:50:     from fmt.Sprintf("%s:%d:%d", ... argument...) (call parameter) at ./escape.go:97:20
./escape.go:93:7: parameter p leaks to {storage for p.File} for Pos.String with derefs=0:
./escape.go:93:7:   flow: {storage for p.File} ← p:
./escape.go:93:7:     from p.File (dot) at ./escape.go:97:34
./escape.go:93:7:     from p.File (interface-converted) at ./escape.go:97:34
./escape.go:93:7: parameter p leaks to {storage for p.File} for Pos.String with derefs=0:
./escape.go:93:7:   flow: {storage for p.File} ← p:
./escape.go:93:7:     from p.File (dot) at ./escape.go:95:32
./escape.go:93:7:     from p.File (interface-converted) at ./escape.go:95:32
./escape.go:93:7: leaking param: p
./escape.go:95:21: ... argument does not escape
./escape.go:95:32: p.File escapes to heap
./escape.go:95:40: p.Line escapes to heap
./escape.go:97:20: ... argument does not escape
./escape.go:97:34: p.File escapes to heap
./escape.go:97:42: p.Line escapes to heap
./escape.go:97:50: p.Col escapes to heap
./escape.go:513:26: append(gs[i].Findings, f) escapes to heap in (*Report).Groups:
./escape.go:513:26:   flow: {heap} ← &{storage for append(gs[i].Findings, f)}:
./escape.go:513:26:     from append(gs[i].Findings, f) (spill) at ./escape.go:513:26
./escape.go:513:26:     from gs[i].Findings = append(gs[i].Findings, f) (assign) at ./escape.go:513:18
./escape.go:502:7: parameter r leaks to {heap} for (*Report).Groups with derefs=2:
./escape.go:502:7:   flow: {temp} ← *r:
./escape.go:502:7:     from r.Findings (dot of pointer) at ./escape.go:505:21
./escape.go:502:7:   flow: f ← *{temp}:
./escape.go:502:7:     from for loop (range-deref) at ./escape.go:505:14
./escape.go:502:7:   flow: {heap} ← f:
./escape.go:502:7:     from f.Func (dot) at ./escape.go:511:37
./escape.go:502:7:     from FuncGroup{...} (struct literal element) at ./escape.go:511:29
./escape.go:502:7:     from append(gs, FuncGroup{...}) (call parameter) at ./escape.go:511:15
./escape.go:511:15: append(gs, FuncGroup{...}) escapes to heap in (*Report).Groups:
./escape.go:511:15:   flow: gs ← &{storage for append(gs, FuncGroup{...})}:
./escape.go:511:15:     from append(gs, FuncGroup{...}) (spill) at ./escape.go:511:15
./escape.go:511:15:     from gs = append(gs, FuncGroup{...}) (assign) at ./escape.go:511:7
./escape.go:511:15:   flow: ~r0 ← gs:
./escape.go:511:15:     from return gs (return) at ./escape.go:515:2
./escape.go:502:7: leaking param content: r
./escape.go:504:26: map[[2]string]int{} does not escape
./escape.go:511:15: append escapes to heap
./escape.go:513:26: append escapes to heap
./escape.go:519:7: parameter r leaks to {heap} for (*Report).Lookup with derefs=2:
./escape.go:519:7:   flow: {temp} ← *r:
./escape.go:519:7:     from r.Findings (dot of pointer) at ./escape.go:521:21
./escape.go:519:7:   flow: f ← *{temp}:
./escape.go:519:7:     from for loop (range-deref) at ./escape.go:521:14
./escape.go:519:7:   flow: {heap} ← f:
./escape.go:519:7:     from append(out, f) (call parameter) at ./escape.go:523:16
./escape.go:523:16: append(out, f) escapes to heap in (*Report).Lookup:
./escape.go:523:16:   flow: out ← &{storage for append(out, f)}:
./escape.go:523:16:     from append(out, f) (spill) at ./escape.go:523:16
./escape.go:523:16:     from out = append(out, f) (assign) at ./escape.go:523:8
./escape.go:523:16:   flow: ~r0 ← out:
./escape.go:523:16:     from return out (return) at ./escape.go:526:2
./escape.go:519:7: leaking param content: r
./escape.go:519:25: fn does not escape
./escape.go:519:36: v does not escape
./escape.go:523:16: append escapes to heap
./escape.go:534:28: append(gs[i].Findings, f) escapes to heap in (*Report).WriteText:
./escape.go:534:28:   flow: {heap} ← &{storage for append(gs[i].Findings, f)}:
./escape.go:534:28:     from append(gs[i].Findings, f) (spill) at ./escape.go:534:28
./escape.go:534:28:     from gs[i].Findings = append(gs[i].Findings, f) (assign) at ./escape.go:534:28
./escape.go:552:32: g.File escapes to heap in (*Report).WriteText:
./escape.go:552:32:   flow: {storage for ... argument} ← &{storage for g.File}:
./escape.go:552:32:     from g.File (spill) at ./escape.go:552:32
./escape.go:552:32:     from ... argument (slice-literal-element) at ./escape.go:552:14
./escape.go:552:32:   flow: {heap} ← {storage for ... argument}:
./escape.go:552:32:     from ... argument (spill) at ./escape.go:552:14
./escape.go:552:32:     from fmt.Fprintf(bw, "%s  %s\n", ... argument...) (call parameter) at ./escape.go:552:14
./escape.go:552:39: name escapes to heap in (*Report).WriteText:
./escape.go:552:39:   flow: {storage for ... argument} ← &{storage for name}:
./escape.go:552:39:     from name (spill) at ./escape.go:552:39
./escape.go:552:39:     from ... argument (slice-literal-element) at ./escape.go:552:14
./escape.go:552:39:   flow: {heap} ← {storage for ... argument}:
./escape.go:552:39:     from ... argument (spill) at ./escape.go:552:14
./escape.go:552:39:     from fmt.Fprintf(bw, "%s  %s\n", ... argument...) (call parameter) at ./escape.go:552:14
./escape.go:554:50: fmt.Sprintf("%d:%d", ... argument...) escapes to heap in (*Report).WriteText:
./escape.go:554:50:   flow: {storage for ... argument} ← &{storage for fmt.Sprintf("%d:%d", ... argument...)}:
./escape.go:554:50:     from fmt.Sprintf("%d:%d", ... argument...) (spill) at ./escape.go:554:50
./escape.go:554:50:     from ... argument (slice-literal-element) at ./escape.go:554:15
./escape.go:554:50:   flow: {heap} ← {storage for ... argument}:
./escape.go:554:50:     from ... argument (spill) at ./escape.go:554:15
./escape.go:554:50:     from fmt.Fprintf(bw, "  %-9s %-24s %s", ... argument...) (call parameter) at ./escape.go:554:15
./escape.go:554:85: f.Verdict escapes to heap in (*Report).WriteText:
./escape.go:554:85:   flow: {storage for ... argument} ← &{storage for f.Verdict}:
./escape.go:554:85:     from f.Verdict (spill) at ./escape.go:554:85
./escape.go:554:85:     from ... argument (slice-literal-element) at ./escape.go:554:15
./escape.go:554:85:   flow: {heap} ← {storage for ... argument}:
./escape.go:554:85:     from ... argument (spill) at ./escape.go:554:15
./escape.go:554:85:     from fmt.Fprintf(bw, "  %-9s %-24s %s", ... argument...) (call parameter) at ./escape.go:554:15
./escape.go:554:96: f.Expr escapes to heap in (*Report).WriteText:
./escape.go:554:96:   flow: {storage for ... argument} ← &{storage for f.Expr}:
./escape.go:554:96:     from f.Expr (spill) at ./escape.go:554:96
./escape.go:554:96:     from ... argument (slice-literal-element) at ./escape.go:554:15
./escape.go:554:96:   flow: {heap} ← {storage for ... argument}:
./escape.go:554:96:     from ... argument (spill) at ./escape.go:554:15
./escape.go:554:96:     from fmt.Fprintf(bw, "  %-9s %-24s %s", ... argument...) (call parameter) at ./escape.go:554:15
./escape.go:554:65: f.Pos.Line escapes to heap in (*Report).WriteText:
./escape.go:554:65:   flow: {storage for ... argument} ← &{storage for f.Pos.Line}:
./escape.go:554:65:     from f.Pos.Line (spill) at ./escape.go:554:65
./escape.go:554:65:     from ... argument (slice-literal-element) at ./escape.go:554:50
./escape.go:554:65:   flow: {heap} ← {storage for ... argument}:
./escape.go:554:65:     from ... argument (spill) at ./escape.go:554:50
./escape.go:554:65:     from fmt.Sprintf("%d:%d", ... argument...) (call parameter) at ./escape.go:554:50
./escape.go:554:77: f.Pos.Col escapes to heap in (*Report).WriteText:
./escape.go:554:77:   flow: {storage for ... argument} ← &{storage for f.Pos.Col}:
./escape.go:554:77:     from f.Pos.Col (spill) at ./escape.go:554:77
./escape.go:554:77:     from ... argument (slice-literal-element) at ./escape.go:554:50
./escape.go:554:77:   flow: {heap} ← {storage for ... argument}:
./escape.go:554:77:     from ... argument (spill) at ./escape.go:554:50
./escape.go:554:77:     from fmt.Sprintf("%d:%d", ... argument...) (call parameter) at ./escape.go:554:50
./escape.go:556:32: f.Detail escapes to heap in (*Report).WriteText:
./escape.go:556:32:   flow: {storage for ... argument} ← &{storage for f.Detail}:
./escape.go:556:32:     from f.Detail (spill) at ./escape.go:556:32
./escape.go:556:32:     from ... argument (slice-literal-element) at ./escape.go:556:16
./escape.go:556:32:   flow: {heap} ← {storage for ... argument}:
./escape.go:556:32:     from ... argument (spill) at ./escape.go:556:16
./escape.go:556:32:     from fmt.Fprintf(bw, "  (%s)", ... argument...) (call parameter) at ./escape.go:556:16
./escape.go:560:56: fl.Dst escapes to heap in (*Report).WriteText:
./escape.go:560:56:   flow: {storage for ... argument} ← &{storage for fl.Dst}:
./escape.go:560:56:     from fl.Dst (spill) at ./escape.go:560:56
./escape.go:560:56:     from ... argument (slice-literal-element) at ./escape.go:560:16
./escape.go:560:56:   flow: {heap} ← {storage for ... argument}:
./escape.go:560:56:     from ... argument (spill) at ./escape.go:560:16
./escape.go:560:56:     from fmt.Fprintf(bw, "            flow: %s ← %s\n", ... argument...) (call parameter) at ./escape.go:560:16
./escape.go:560:64: fl.Src escapes to heap in (*Report).WriteText:
./escape.go:560:64:   flow: {storage for ... argument} ← &{storage for fl.Src}:
./escape.go:560:64:     from fl.Src (spill) at ./escape.go:560:64
./escape.go:560:64:     from ... argument (slice-literal-element) at ./escape.go:560:16
./escape.go:560:64:   flow: {heap} ← {storage for ... argument}:
./escape.go:560:64:     from ... argument (spill) at ./escape.go:560:16
./escape.go:560:64:     from fmt.Fprintf(bw, "            flow: %s ← %s\n", ... argument...) (call parameter) at ./escape.go:560:16
./escape.go:562:61: s.Where escapes to heap in (*Report).WriteText:
./escape.go:562:61:   flow: {storage for ... argument} ← &{storage for s.Where}:
./escape.go:562:61:     from s.Where (spill) at ./escape.go:562:61
./escape.go:562:61:     from ... argument (slice-literal-element) at ./escape.go:562:17
./escape.go:562:61:   flow: {heap} ← {storage for ... argument}:
./escape.go:562:61:     from ... argument (spill) at ./escape.go:562:17
./escape.go:562:61:     from fmt.Fprintf(bw, "              from %s (%s) at %s\n", ... argument...) (call parameter) at ./escape.go:562:17
./escape.go:562:70: s.Why escapes to heap in (*Report).WriteText:
./escape.go:562:70:   flow: {storage for ... argument} ← &{storage for s.Why}:
./escape.go:562:70:     from s.Why (spill) at ./escape.go:562:70
./escape.go:562:70:     from ... argument (slice-literal-element) at ./escape.go:562:17
./escape.go:562:70:   flow: {heap} ← {storage for ... argument}:
./escape.go:562:70:     from ... argument (spill) at ./escape.go:562:17
./escape.go:562:70:     from fmt.Fprintf(bw, "              from %s (%s) at %s\n", ... argument...) (call parameter) at ./escape.go:562:17
./escape.go:562:77: s.At escapes to heap in (*Report).WriteText:
./escape.go:562:77:   flow: {storage for ... argument} ← &{storage for s.At}:
./escape.go:562:77:     from s.At (spill) at ./escape.go:562:77
./escape.go:562:77:     from ... argument (slice-literal-element) at ./escape.go:562:17
./escape.go:562:77:   flow: {heap} ← {storage for ... argument}:
./escape.go:562:77:     from ... argument (spill) at ./escape.go:562:17
./escape.go:562:77:     from fmt.Fprintf(bw, "              from %s (%s) at %s\n", ... argument...) (call parameter) at ./escape.go:562:17
./escape.go:568:37: u escapes to heap in (*Report).WriteText:
./escape.go:568:37:   flow: {storage for ... argument} ← &{storage for u}:
./escape.go:568:37:     from u (spill) at ./escape.go:568:37
./escape.go:568:37:     from ... argument (slice-literal-element) at ./escape.go:568:14
./escape.go:568:37:   flow: {heap} ← {storage for ... argument}:
./escape.go:568:37:     from ... argument (spill) at ./escape.go:568:14
./escape.go:568:37:     from fmt.Fprintf(bw, "unparsed: %s\n", ... argument...) (call parameter) at ./escape.go:568:14
./escape.go:532:7: parameter r leaks to {heap} for (*Report).WriteText with derefs=2:
./escape.go:532:7:   flow: r ← r:
./escape.go:532:7:     from r := r (assign-pair) at ./escape.go:534:28
./escape.go:532:7:   flow: {temp} ← *r:
./escape.go:532:7:     from r.Findings (dot of pointer) at ./escape.go:534:28
./escape.go:532:7:   flow: f ← *{temp}:
./escape.go:532:7:     from for loop (range-deref) at ./escape.go:534:28
./escape.go:532:7:   flow: {heap} ← f:
./escape.go:532:7:     from f.Func (dot) at ./escape.go:534:28
./escape.go:532:7:     from FuncGroup{...} (struct literal element) at ./escape.go:534:28
./escape.go:532:7:     from append(gs, FuncGroup{...}) (call parameter) at ./escape.go:534:28
./escape.go:533:23: &bufio.Writer{...} escapes to heap in (*Report).WriteText:
./escape.go:533:23:   flow: ~r0 ← &{storage for &bufio.Writer{...}}:
./escape.go:533:23:     from &bufio.Writer{...} (spill) at ./escape.go:533:23
./escape.go:533:23:     from ~r0 = &bufio.Writer{...} (assign-pair) at ./escape.go:533:23
./escape.go:533:23:   flow: ~r0 ← ~r0:
./escape.go:533:23:     from ~r0 = ~r0 (assign-pair) at ./escape.go:533:23
./escape.go:533:23:   flow: bw ← ~r0:
./escape.go:533:23:     from bw := ~r0 (assign) at ./escape.go:533:5
./escape.go:533:23:   flow: {heap} ← bw:
./escape.go:533:23:     from bw (interface-converted) at ./escape.go:552:15
./escape.go:533:23:     from fmt.Fprintf(bw, "%s  %s\n", ... argument...) (call parameter) at ./escape.go:552:14
./escape.go:532:28: parameter w leaks to {heap} for (*Report).WriteText with derefs=0:
./escape.go:532:28:   flow: bufio.w ← w:
./escape.go:532:28:     from bufio.w := w (assign-pair) at ./escape.go:533:23
./escape.go:532:28:   flow: bufio.w ← bufio.w:
./escape.go:532:28:     from bufio.w, bufio.size := bufio.w, 4096 (assign-pair) at ./escape.go:533:23
./escape.go:532:28:   flow: .autotmp_5 ← bufio.w:
./escape.go:532:28:     from bufio.w.(*bufio.Writer) (dot) at ./escape.go:533:23
./escape.go:532:28:     from .autotmp_5, .autotmp_6 := bufio.w.(*bufio.Writer) (assign-pair-dot-type) at ./escape.go:533:23
./escape.go:532:28:   flow: bufio.b ← .autotmp_5:
./escape.go:532:28:     from bufio.b, bufio.ok := (*bufio.Writer)(.autotmp_5), .autotmp_6 (assign-pair) at ./escape.go:533:23
./escape.go:532:28:   flow: ~r0 ← bufio.b:
./escape.go:532:28:     from ~r0 = bufio.b (assign-pair) at ./escape.go:533:23
./escape.go:532:28:   flow: ~r0 ← ~r0:
./escape.go:532:28:     from ~r0 = ~r0 (assign-pair) at ./escape.go:533:23
./escape.go:532:28:   flow: bw ← ~r0:
./escape.go:532:28:     from bw := ~r0 (assign) at ./escape.go:533:5
./escape.go:532:28:   flow: {heap} ← bw:
./escape.go:532:28:     from bw (interface-converted) at ./escape.go:552:15
./escape.go:532:28:     from fmt.Fprintf(bw, "%s  %s\n", ... argument...) (call parameter) at ./escape.go:552:14
./escape.go:532:7: parameter r leaks to {storage for u} for (*Report).WriteText with derefs=2:
./escape.go:532:7:   flow: {temp} ← *r:
./escape.go:532:7:     from r.Unparsed (dot of pointer) at ./escape.go:567:21
./escape.go:532:7:   flow: u ← *{temp}:
./escape.go:532:7:     from for loop (range-deref) at ./escape.go:567:14
./escape.go:532:7:   flow: {storage for u} ← u:
./escape.go:532:7:     from u (interface-converted) at ./escape.go:568:37
./escape.go:533:23: make([]byte, bufio.size) escapes to heap in (*Report).WriteText:
./escape.go:533:23:   flow: {storage for &bufio.Writer{...}} ← &{storage for make([]byte, bufio.size)}:
./escape.go:533:23:     from make([]byte, bufio.size) (spill) at ./escape.go:533:23
./escape.go:533:23:     from bufio.Writer{...} (struct literal element) at ./escape.go:533:23
./escape.go:532:28: parameter w leaks to {storage for &bufio.Writer{...}} for (*Report).WriteText with derefs=0:
./escape.go:532:28:   flow: bufio.w ← w:
./escape.go:532:28:     from bufio.w := w (assign-pair) at ./escape.go:533:23
./escape.go:532:28:   flow: bufio.w ← bufio.w:
./escape.go:532:28:     from bufio.w, bufio.size := bufio.w, 4096 (assign-pair) at ./escape.go:533:23
./escape.go:532:28:   flow: {storage for &bufio.Writer{...}} ← bufio.w:
./escape.go:532:28:     from bufio.Writer{...} (struct literal element) at ./escape.go:533:23
./escape.go:532:7: leaking param content: r
./escape.go:532:28: leaking param: w
./escape.go:533:23: &bufio.Writer{...} escapes to heap
./escape.go:533:23: make([]byte, bufio.size) escapes to heap
./escape.go:534:28: map[[2]string]int{} does not escape
./escape.go:534:28: append does not escape
./escape.go:534:28: append escapes to heap
./escape.go:543:17: append does not escape
./escape.go:552:14: ... argument does not escape
./escape.go:552:32: g.File escapes to heap
./escape.go:552:39: name escapes to heap
./escape.go:554:15: ... argument does not escape
./escape.go:554:50: fmt.Sprintf("%d:%d", ... argument...) escapes to heap
./escape.go:554:50: ... argument does not escape
./escape.go:554:65: f.Pos.Line escapes to heap
./escape.go:554:77: f.Pos.Col escapes to heap
./escape.go:554:85: f.Verdict escapes to heap
./escape.go:554:96: f.Expr escapes to heap
./escape.go:556:16: ... argument does not escape
./escape.go:556:32: f.Detail escapes to heap
./escape.go:560:16: ... argument does not escape
./escape.go:560:56: fl.Dst escapes to heap
./escape.go:560:64: fl.Src escapes to heap
./escape.go:562:17: ... argument does not escape
./escape.go:562:61: s.Where escapes to heap
./escape.go:562:70: s.Why escapes to heap
./escape.go:562:77: s.At escapes to heap
./escape.go:568:14: ... argument does not escape
./escape.go:568:37: u escapes to heap
./escape.go:582:3: struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...} escapes to heap in (*Report).WriteJSON:
./escape.go:582:3:   flow: {heap} ← &{storage for struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...}}:
./escape.go:582:3:     from struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...} (spill) at ./escape.go:582:3
./escape.go:582:3:     from (*json.Encoder).Encode(enc, struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...}) (call parameter) at ./escape.go:579:19
./escape.go:582:12: append(gs[i].Findings, f) escapes to heap in (*Report).WriteJSON:
./escape.go:582:12:   flow: {heap} ← &{storage for append(gs[i].Findings, f)}:
./escape.go:582:12:     from append(gs[i].Findings, f) (spill) at ./escape.go:582:12
./escape.go:582:12:     from gs[i].Findings = append(gs[i].Findings, f) (assign) at ./escape.go:582:12
./escape.go:575:7: parameter r leaks to {heap} for (*Report).WriteJSON with derefs=2:
./escape.go:575:7:   flow: r ← r:
./escape.go:575:7:     from r := r (assign-pair) at ./escape.go:582:12
./escape.go:575:7:   flow: {temp} ← *r:
./escape.go:575:7:     from r.Findings (dot of pointer) at ./escape.go:582:12
./escape.go:575:7:   flow: f ← *{temp}:
./escape.go:575:7:     from for loop (range-deref) at ./escape.go:582:12
./escape.go:575:7:   flow: {heap} ← f:
./escape.go:575:7:     from f.Func (dot) at ./escape.go:582:12
./escape.go:575:7:     from FuncGroup{...} (struct literal element) at ./escape.go:582:12
./escape.go:575:7:     from append(gs, FuncGroup{...}) (call parameter) at ./escape.go:582:12
./escape.go:575:28: parameter w leaks to {heap} for (*Report).WriteJSON with derefs=0:
./escape.go:575:28:   flow: json.w ← w:
./escape.go:575:28:     from json.w := w (assign-pair) at ./escape.go:576:24
./escape.go:575:28:   flow: {storage for &json.Encoder{...}} ← json.w:
./escape.go:575:28:     from json.Encoder{...} (struct literal element) at ./escape.go:576:24
./escape.go:575:28:   flow: ~r0 ← &{storage for &json.Encoder{...}}:
./escape.go:575:28:     from &json.Encoder{...} (spill) at ./escape.go:576:24
./escape.go:575:28:     from ~r0 = &json.Encoder{...} (assign-pair) at ./escape.go:576:24
./escape.go:575:28:   flow: enc ← ~r0:
./escape.go:575:28:     from enc := ~r0 (assign) at ./escape.go:576:6
./escape.go:575:28:   flow: {temp} ← enc:
./escape.go:575:28:     from (*json.Encoder).Encode(enc, struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...}) (call parameter) at ./escape.go:579:19
./escape.go:575:28:   flow: {heap} ← *{temp}:
./escape.go:575:7: parameter r leaks to {storage for struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...}} for (*Report).WriteJSON with derefs=1:
./escape.go:575:7:   flow: {storage for struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...}} ← *r:
./escape.go:575:7:     from r.Unparsed (dot of pointer) at ./escape.go:582:17
./escape.go:575:7:     from struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...} (struct literal element) at ./escape.go:582:3
./escape.go:575:7:     from struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...} (interface-converted) at ./escape.go:582:3
./escape.go:582:12: append(gs, FuncGroup{...}) escapes to heap in (*Report).WriteJSON:
./escape.go:582:12:   flow: gs ← &{storage for append(gs, FuncGroup{...})}:
./escape.go:582:12:     from append(gs, FuncGroup{...}) (spill) at ./escape.go:582:12
./escape.go:582:12:     from gs = append(gs, FuncGroup{...}) (assign) at ./escape.go:582:12
./escape.go:582:12:   flow: ~r0 ← gs:
./escape.go:582:12:     from ~r0 = gs (assign-pair) at ./escape.go:582:12
./escape.go:582:12:   flow: {storage for struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...}} ← ~r0:
./escape.go:582:12:     from struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...} (struct literal element) at ./escape.go:582:3
./escape.go:582:12:     from struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...} (interface-converted) at ./escape.go:582:3
./escape.go:575:7: leaking param content: r
./escape.go:575:28: leaking param: w
./escape.go:576:24: &json.Encoder{...} does not escape
./escape.go:582:3: struct { Groups []FuncGroup "json:\"groups\""; Unparsed []string "json:\"unparsed,omitempty\"" }{...} escapes to heap
./escape.go:582:12: map[[2]string]int{} does not escape
./escape.go:582:12: append escapes to heap
./escape.go:582:12: append escapes to heap
./main.go:57:18: parameter w leaks to {heap} for globalUsage with derefs=0:
./main.go:57:18:   flow: {heap} ← w:
./main.go:57:18:     from fmt.Fprintf(w, "usage: %s [command] [flags]\n\nWith no command, runs the demo.\n\nco..., ... argument...) (call parameter) at ./main.go:58:13
./main.go:58:98: "166-memory-gc" escapes to heap in globalUsage:
./main.go:58:98:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:58:98:     from "166-memory-gc" (spill) at ./main.go:58:98
./main.go:58:98:     from ... argument (slice-literal-element) at ./main.go:58:13
./main.go:58:98:   flow: {heap} ← {storage for ... argument}:
./main.go:58:98:     from ... argument (spill) at ./main.go:58:13
./main.go:58:98:     from fmt.Fprintf(w, "usage: %s [command] [flags]\n\nWith no command, runs the demo.\n\nco..., ... argument...) (call parameter) at ./main.go:58:13
./main.go:60:34: c.name escapes to heap in globalUsage:
./main.go:60:34:   flow: {storage for ... argument} ← &{storage for c.name}:
./main.go:60:34:     from c.name (spill) at ./main.go:60:34
./main.go:60:34:     from ... argument (slice-literal-element) at ./main.go:60:14
./main.go:60:34:   flow: {heap} ← {storage for ... argument}:
./main.go:60:34:     from ... argument (spill) at ./main.go:60:14
./main.go:60:34:     from fmt.Fprintf(w, "  %-8s %s\n", ... argument...) (call parameter) at ./main.go:60:14
./main.go:60:42: c.summary escapes to heap in globalUsage:
./main.go:60:42:   flow: {storage for ... argument} ← &{storage for c.summary}:
./main.go:60:42:     from c.summary (spill) at ./main.go:60:42
./main.go:60:42:     from ... argument (slice-literal-element) at ./main.go:60:14
./main.go:60:42:   flow: {heap} ← {storage for ... argument}:
./main.go:60:42:     from ... argument (spill) at ./main.go:60:14
./main.go:60:42:     from fmt.Fprintf(w, "  %-8s %s\n", ... argument...) (call parameter) at ./main.go:60:14
./main.go:62:82: "166-memory-gc" escapes to heap in globalUsage:
./main.go:62:82:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:62:82:     from "166-memory-gc" (spill) at ./main.go:62:82
./main.go:62:82:     from ... argument (slice-literal-element) at ./main.go:62:13
./main.go:62:82:   flow: {heap} ← {storage for ... argument}:
./main.go:62:82:     from ... argument (spill) at ./main.go:62:13
./main.go:62:82:     from fmt.Fprintf(w, "\nRun '%s COMMAND -h' for a command's flags and an example.\n", ... argument...) (call parameter) at ./main.go:62:13
./main.go:57:18: leaking param: w
./main.go:58:13: ... argument does not escape
./main.go:58:98: "166-memory-gc" escapes to heap
./main.go:60:14: ... argument does not escape
./main.go:60:34: c.name escapes to heap
./main.go:60:42: c.summary escapes to heap
./main.go:62:13: ... argument does not escape
./main.go:62:82: "166-memory-gc" escapes to heap
./main.go:66:46: parameter stdout leaks to {heap} for run with derefs=0:
./main.go:66:46:   flow: {heap} ← stdout:
./main.go:66:46:     from globalUsage(stdout) (call parameter) at ./main.go:71:15
./main.go:66:10: parameter ctx leaks to {heap} for run with derefs=0:
./main.go:66:10:   flow: {heap} ← ctx:
./main.go:66:10:     from c.run(ctx, c, args, stdout, stderr) (call parameter) at ./main.go:82:14
./main.go:66:31: parameter args leaks to {heap} for run with derefs=0:
./main.go:66:31:   flow: {heap} ← args:
./main.go:66:31:     from c.run(ctx, c, args, stdout, stderr) (call parameter) at ./main.go:82:14
./main.go:66:54: parameter stderr leaks to {heap} for run with derefs=0:
./main.go:66:54:   flow: {heap} ← stderr:
./main.go:66:54:     from c.run(ctx, c, args, stdout, stderr) (call parameter) at ./main.go:82:14
./main.go:88:35: "166-memory-gc" escapes to heap in run:
./main.go:88:35:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:88:35:     from "166-memory-gc" (spill) at ./main.go:88:35
./main.go:88:35:     from ... argument (slice-literal-element) at ./main.go:88:14
./main.go:88:35:   flow: {heap} ← {storage for ... argument}:
./main.go:88:35:     from ... argument (spill) at ./main.go:88:14
./main.go:88:35:     from fmt.Fprintf(stderr, "%s: %v\n", ... argument...) (call parameter) at ./main.go:88:14
./main.go:88:63: ~r0 escapes to heap in run:
./main.go:88:63:   flow: {storage for ... argument} ← &{storage for ~r0}:
./main.go:88:63:     from ~r0 (spill) at ./main.go:88:63
./main.go:88:63:     from ... argument (slice-literal-element) at ./main.go:88:14
./main.go:88:63:   flow: {heap} ← {storage for ... argument}:
./main.go:88:63:     from ... argument (spill) at ./main.go:88:14
./main.go:88:63:     from fmt.Fprintf(stderr, "%s: %v\n", ... argument...) (call parameter) at ./main.go:88:14
./main.go:91:35: "166-memory-gc" escapes to heap in run:
./main.go:91:35:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:91:35:     from "166-memory-gc" (spill) at ./main.go:91:35
./main.go:91:35:     from ... argument (slice-literal-element) at ./main.go:91:14
./main.go:91:35:   flow: {heap} ← {storage for ... argument}:
./main.go:91:35:     from ... argument (spill) at ./main.go:91:14
./main.go:91:35:     from fmt.Fprintf(stderr, "%s: %v\n", ... argument...) (call parameter) at ./main.go:91:14
./main.go:80:62: name escapes to heap in run:
./main.go:80:62:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:80:62:     from name (spill) at ./main.go:80:62
./main.go:80:62:     from ... argument (slice-literal-element) at ./main.go:80:19
./main.go:80:62:   flow: fmt.a ← &{storage for ... argument}:
./main.go:80:62:     from ... argument (spill) at ./main.go:80:19
./main.go:80:62:     from fmt.format, fmt.a := "unknown command %q (run '%s help'): %w", ... argument (assign-pair) at ./main.go:80:19
./main.go:80:62:   flow: {heap} ← *fmt.a:
./main.go:80:62:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:80:19
./main.go:80:68: "166-memory-gc" escapes to heap in run:
./main.go:80:68:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:80:68:     from "166-memory-gc" (spill) at ./main.go:80:68
./main.go:80:68:     from ... argument (slice-literal-element) at ./main.go:80:19
./main.go:80:68:   flow: fmt.a ← &{storage for ... argument}:
./main.go:80:68:     from ... argument (spill) at ./main.go:80:19
./main.go:80:68:     from fmt.format, fmt.a := "unknown command %q (run '%s help'): %w", ... argument (assign-pair) at ./main.go:80:19
./main.go:80:68:   flow: {heap} ← *fmt.a:
./main.go:80:68:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:80:19
./main.go:80:19: &errors.errorString{...} escapes to heap in run:
./main.go:80:19:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:80:19:     from &errors.errorString{...} (spill) at ./main.go:80:19
./main.go:80:19:     from &errors.errorString{...} (interface-converted) at ./main.go:80:19
./main.go:80:19:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:80:19
./main.go:80:19:   flow: fmt.err ← ~r0:
./main.go:80:19:     from fmt.err = ~r0 (assign-pair) at ./main.go:80:19
./main.go:80:19:   flow: err ← fmt.err:
./main.go:80:19:     from err = fmt.err (assign) at ./main.go:80:7
./main.go:80:19:   flow: {heap} ← err:
./main.go:80:19:     from errors.Is(err, flag.ErrHelp) (call parameter) at ./main.go:85:28
./main.go:66:31: parameter args leaks to {storage for name} for run with derefs=1:
./main.go:66:31:   flow: a ← *args:
./main.go:66:31:     from args[0] (dot of pointer) at ./main.go:69:19
./main.go:66:31:     from a := args[0] (assign) at ./main.go:69:12
./main.go:66:31:   flow: name ← a:
./main.go:66:31:     from name, args = a, args[1:] (assign-pair) at ./main.go:74:15
./main.go:66:31:   flow: {storage for name} ← name:
./main.go:66:31:     from name (interface-converted) at ./main.go:80:62
./main.go:66:10: leaking param: ctx
./main.go:66:31: leaking param: args
./main.go:66:46: leaking param: stdout
./main.go:66:54: leaking param: stderr
./main.go:80:19: ... argument does not escape
./main.go:80:62: name escapes to heap
./main.go:80:68: "166-memory-gc" escapes to heap
./main.go:80:19: &errors.errorString{...} escapes to heap
./main.go:88:14: ... argument does not escape
./main.go:88:35: "166-memory-gc" escapes to heap
./main.go:88:63: ~r0 escapes to heap
./main.go:88:81: ": " + errUsage.Error() does not escape
./main.go:91:14: ... argument does not escape
./main.go:91:35: "166-memory-gc" escapes to heap
./main.go:21:35: ... argument escapes to heap in main:
./main.go:21:35:   flow: {heap} ← &{storage for ... argument}:
./main.go:21:35:     from ... argument (spill) at ./main.go:21:35
./main.go:21:35:     from signal.NotifyContext(~r0, ... argument...) (call parameter) at ./main.go:21:35
./main.go:21:79: syscall.Signal(15) escapes to heap in main:
./main.go:21:79:   flow: {storage for ... argument} ← &{storage for syscall.Signal(15)}:
./main.go:21:79:     from syscall.Signal(15) (spill) at ./main.go:21:79
./main.go:21:79:     from ... argument (slice-literal-element) at ./main.go:21:35
./main.go:21:54: context.backgroundCtx{} escapes to heap in main:
./main.go:21:54:   flow: ~r0 ← &{storage for context.backgroundCtx{}}:
./main.go:21:54:     from context.backgroundCtx{} (spill) at ./main.go:21:54
./main.go:21:54:     from ~r0 = context.backgroundCtx{} (assign-pair) at ./main.go:21:54
./main.go:21:54:   flow: {heap} ← ~r0:
./main.go:21:54:     from signal.NotifyContext(~r0, ... argument...) (call parameter) at ./main.go:21:35
./main.go:21:54: context.backgroundCtx{} escapes to heap
./main.go:21:35: ... argument escapes to heap
./main.go:21:79: syscall.Signal(15) escapes to heap
./main.go:48:13: name does not escape
./main.go:99:23: flag.f.defaultUsage escapes to heap in (*command).flags:
./main.go:99:23:   flow: {heap} ← &{storage for flag.f.defaultUsage}:
./main.go:99:23:     from flag.f.defaultUsage (spill) at ./main.go:99:23
./main.go:99:23:     from flag.f.Usage = flag.f.defaultUsage (assign) at ./main.go:99:23
./main.go:101:13: func literal escapes to heap in (*command).flags:
./main.go:101:13:   flow: {heap} ← &{storage for func literal}:
./main.go:101:13:     from func literal (spill) at ./main.go:101:13
./main.go:101:13:     from fs.Usage = func literal (assign) at ./main.go:101:11
./main.go:98:7: parameter c leaks to {heap} for (*command).flags with derefs=1:
./main.go:98:7:   flow: flag.name ← *c:
./main.go:98:7:     from c.name (dot of pointer) at ./main.go:99:25
./main.go:98:7:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:99:23
./main.go:98:7:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:98:7:     from flag.FlagSet{...} (struct literal element) at ./main.go:99:23
./main.go:98:7:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:98:7:     from &flag.FlagSet{...} (spill) at ./main.go:99:23
./main.go:98:7:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:99:23
./main.go:98:7:   flow: {temp} ← flag.f:
./main.go:98:7:   flow: {heap} ← *{temp}:
./main.go:99:23: &flag.FlagSet{...} escapes to heap in (*command).flags:
./main.go:99:23:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:99:23:     from &flag.FlagSet{...} (spill) at ./main.go:99:23
./main.go:99:23:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:99:23
./main.go:99:23:   flow: {temp} ← flag.f:
./main.go:99:23:   flow: {storage for flag.f.defaultUsage} ← {temp}:
./main.go:98:7: parameter c leaks to {storage for &flag.FlagSet{...}} for (*command).flags with derefs=1:
./main.go:98:7:   flow: flag.name ← *c:
./main.go:98:7:     from c.name (dot of pointer) at ./main.go:99:25
./main.go:98:7:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:99:23
./main.go:98:7:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:98:7:     from flag.FlagSet{...} (struct literal element) at ./main.go:99:23
./main.go:98:7: leaking param content: c
./main.go:98:25: stdout does not escape
./main.go:99:23: &flag.FlagSet{...} escapes to heap
./main.go:99:23: flag.f.defaultUsage escapes to heap
./main.go:101:13: func literal escapes to heap
./main.go:111:3: (*command).parse capturing by ref: n (addr=false assign=true width=8)
./main.go:107:43: parameter args leaks to {heap} for (*command).parse with derefs=0:
./main.go:107:43:   flow: {heap} ← args:
./main.go:107:43:     from (*flag.FlagSet).Parse(fs, args) (call parameter) at ./main.go:108:17
./main.go:107:58: parameter stdout leaks to {heap} for (*command).parse with derefs=0:
./main.go:107:58:   flow: {heap} ← stdout:
./main.go:107:58:     from fmt.Fprintf(stdout, "usage: %s %s %s\n\n%s.\n", ... argument...) (call parameter) at ./main.go:110:14
./main.go:107:25: parameter fs leaks to {heap} for (*command).parse with derefs=1:
./main.go:107:25:   flow: {heap} ← *fs:
./main.go:107:25:     from (*flag.FlagSet).PrintDefaults(fs) (call parameter) at ./main.go:116:20
./main.go:110:51: "166-memory-gc" escapes to heap in (*command).parse:
./main.go:110:51:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:110:51:     from "166-memory-gc" (spill) at ./main.go:110:51
./main.go:110:51:     from ... argument (slice-literal-element) at ./main.go:110:14
./main.go:110:51:   flow: {heap} ← {storage for ... argument}:
./main.go:110:51:     from ... argument (spill) at ./main.go:110:14
./main.go:110:51:     from fmt.Fprintf(stdout, "usage: %s %s %s\n\n%s.\n", ... argument...) (call parameter) at ./main.go:110:14
./main.go:110:62: c.name escapes to heap in (*command).parse:
./main.go:110:62:   flow: {storage for ... argument} ← &{storage for c.name}:
./main.go:110:62:     from c.name (spill) at ./main.go:110:62
./main.go:110:62:     from ... argument (slice-literal-element) at ./main.go:110:14
./main.go:110:62:   flow: {heap} ← {storage for ... argument}:
./main.go:110:62:     from ... argument (spill) at ./main.go:110:14
./main.go:110:62:     from fmt.Fprintf(stdout, "usage: %s %s %s\n\n%s.\n", ... argument...) (call parameter) at ./main.go:110:14
./main.go:110:70: c.synopsis escapes to heap in (*command).parse:
./main.go:110:70:   flow: {storage for ... argument} ← &{storage for c.synopsis}:
./main.go:110:70:     from c.synopsis (spill) at ./main.go:110:70
./main.go:110:70:     from ... argument (slice-literal-element) at ./main.go:110:14
./main.go:110:70:   flow: {heap} ← {storage for ... argument}:
./main.go:110:70:     from ... argument (spill) at ./main.go:110:14
./main.go:110:70:     from fmt.Fprintf(stdout, "usage: %s %s %s\n\n%s.\n", ... argument...) (call parameter) at ./main.go:110:14
./main.go:110:82: c.summary escapes to heap in (*command).parse:
./main.go:110:82:   flow: {storage for ... argument} ← &{storage for c.summary}:
./main.go:110:82:     from c.summary (spill) at ./main.go:110:82
./main.go:110:82:     from ... argument (slice-literal-element) at ./main.go:110:14
./main.go:110:82:   flow: {heap} ← {storage for ... argument}:
./main.go:110:82:     from ... argument (spill) at ./main.go:110:14
./main.go:110:82:     from fmt.Fprintf(stdout, "usage: %s %s %s\n\n%s.\n", ... argument...) (call parameter) at ./main.go:110:14
./main.go:114:25: "\nflags:" escapes to heap in (*command).parse:
./main.go:114:25:   flow: {storage for ... argument} ← &{storage for "\nflags:"}:
./main.go:114:25:     from "\nflags:" (spill) at ./main.go:114:25
./main.go:114:25:     from ... argument (slice-literal-element) at ./main.go:114:16
./main.go:114:25:   flow: {heap} ← {storage for ... argument}:
./main.go:114:25:     from ... argument (spill) at ./main.go:114:16
./main.go:114:25:     from fmt.Fprintln(stdout, ... argument...) (call parameter) at ./main.go:114:16
./main.go:118:46: c.example escapes to heap in (*command).parse:
./main.go:118:46:   flow: {storage for ... argument} ← &{storage for c.example}:
./main.go:118:46:     from c.example (spill) at ./main.go:118:46
./main.go:118:46:     from ... argument (slice-literal-element) at ./main.go:118:14
./main.go:118:46:   flow: {heap} ← {storage for ... argument}:
./main.go:118:46:     from ... argument (spill) at ./main.go:118:14
./main.go:118:46:     from fmt.Fprintf(stdout, "\nexample:\n  %s\n", ... argument...) (call parameter) at ./main.go:118:14
./main.go:122:53: c.name escapes to heap in (*command).parse:
./main.go:122:53:   flow: {storage for ... argument} ← &{storage for c.name}:
./main.go:122:53:     from c.name (spill) at ./main.go:122:53
./main.go:122:53:     from ... argument (slice-literal-element) at ./main.go:122:20
./main.go:122:53:   flow: fmt.a ← &{storage for ... argument}:
./main.go:122:53:     from ... argument (spill) at ./main.go:122:20
./main.go:122:53:     from fmt.format, fmt.a := "%s: %v (run '%s %s -h'): %w", ... argument (assign-pair) at ./main.go:122:20
./main.go:122:53:   flow: {heap} ← *fmt.a:
./main.go:122:53:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:122:20
./main.go:122:65: "166-memory-gc" escapes to heap in (*command).parse:
./main.go:122:65:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:122:65:     from "166-memory-gc" (spill) at ./main.go:122:65
./main.go:122:65:     from ... argument (slice-literal-element) at ./main.go:122:20
./main.go:122:65:   flow: fmt.a ← &{storage for ... argument}:
./main.go:122:65:     from ... argument (spill) at ./main.go:122:20
./main.go:122:65:     from fmt.format, fmt.a := "%s: %v (run '%s %s -h'): %w", ... argument (assign-pair) at ./main.go:122:20
./main.go:122:65:   flow: {heap} ← *fmt.a:
./main.go:122:65:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:122:20
./main.go:122:76: c.name escapes to heap in (*command).parse:
./main.go:122:76:   flow: {storage for ... argument} ← &{storage for c.name}:
./main.go:122:76:     from c.name (spill) at ./main.go:122:76
./main.go:122:76:     from ... argument (slice-literal-element) at ./main.go:122:20
./main.go:122:76:   flow: fmt.a ← &{storage for ... argument}:
./main.go:122:76:     from ... argument (spill) at ./main.go:122:20
./main.go:122:76:     from fmt.format, fmt.a := "%s: %v (run '%s %s -h'): %w", ... argument (assign-pair) at ./main.go:122:20
./main.go:122:76:   flow: {heap} ← *fmt.a:
./main.go:122:76:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:122:20
./main.go:107:7: parameter c leaks to {storage for c.name} for (*command).parse with derefs=1:
./main.go:107:7:   flow: {storage for c.name} ← *c:
./main.go:107:7:     from c.name (dot of pointer) at ./main.go:122:76
./main.go:107:7:     from c.name (interface-converted) at ./main.go:122:76
./main.go:107:7: parameter c leaks to {storage for c.name} for (*command).parse with derefs=1:
./main.go:107:7:   flow: {storage for c.name} ← *c:
./main.go:107:7:     from c.name (dot of pointer) at ./main.go:122:53
./main.go:107:7:     from c.name (interface-converted) at ./main.go:122:53
./main.go:107:7: parameter c leaks to {storage for c.example} for (*command).parse with derefs=1:
./main.go:107:7:   flow: {storage for c.example} ← *c:
./main.go:107:7:     from c.example (dot of pointer) at ./main.go:118:46
./main.go:107:7:     from c.example (interface-converted) at ./main.go:118:46
./main.go:107:7: parameter c leaks to {storage for c.summary} for (*command).parse with derefs=1:
./main.go:107:7:   flow: {storage for c.summary} ← *c:
./main.go:107:7:     from c.summary (dot of pointer) at ./main.go:110:82
./main.go:107:7:     from c.summary (interface-converted) at ./main.go:110:82
./main.go:107:7: parameter c leaks to {storage for c.synopsis} for (*command).parse with derefs=1:
./main.go:107:7:   flow: {storage for c.synopsis} ← *c:
./main.go:107:7:     from c.synopsis (dot of pointer) at ./main.go:110:70
./main.go:107:7:     from c.synopsis (interface-converted) at ./main.go:110:70
./main.go:107:7: parameter c leaks to {storage for c.name} for (*command).parse with derefs=1:
./main.go:107:7:   flow: {storage for c.name} ← *c:
./main.go:107:7:     from c.name (dot of pointer) at ./main.go:110:62
./main.go:107:7:     from c.name (interface-converted) at ./main.go:110:62
./main.go:122:20: &errors.errorString{...} escapes to heap in (*command).parse:
./main.go:122:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:122:20:     from &errors.errorString{...} (spill) at ./main.go:122:20
./main.go:122:20:     from &errors.errorString{...} (interface-converted) at ./main.go:122:20
./main.go:122:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:122:20
./main.go:122:20:   flow: fmt.err ← ~r0:
./main.go:122:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:122:20
./main.go:122:20:   flow: ~r0 ← fmt.err:
./main.go:122:20:     from return fmt.err (return) at ./main.go:122:3
./main.go:107:7: leaking param content: c
./main.go:107:25: leaking param content: fs
./main.go:107:43: leaking param: args
./main.go:107:58: leaking param: stdout
./main.go:110:14: ... argument does not escape
./main.go:110:51: "166-memory-gc" escapes to heap
./main.go:110:62: c.name escapes to heap
./main.go:110:70: c.synopsis escapes to heap
./main.go:110:82: c.summary escapes to heap
./main.go:112:15: func literal does not escape
./main.go:114:16: ... argument does not escape
./main.go:114:25: "\nflags:" escapes to heap
./main.go:118:14: ... argument does not escape
./main.go:118:46: c.example escapes to heap
./main.go:122:20: ... argument does not escape
./main.go:122:53: c.name escapes to heap
./main.go:122:65: "166-memory-gc" escapes to heap
./main.go:122:76: c.name escapes to heap
./main.go:122:20: &errors.errorString{...} escapes to heap
./main.go:128:15: flag.f.defaultUsage escapes to heap in runDemo:
./main.go:128:15:   flow: {heap} ← &{storage for flag.f.defaultUsage}:
./main.go:128:15:     from flag.f.defaultUsage (spill) at ./main.go:128:15
./main.go:128:15:     from flag.f.Usage = flag.f.defaultUsage (assign) at ./main.go:128:15
./main.go:128:15: func literal escapes to heap in runDemo:
./main.go:128:15:   flow: {heap} ← &{storage for func literal}:
./main.go:128:15:     from func literal (spill) at ./main.go:128:15
./main.go:128:15:     from fs.Usage = func literal (assign) at ./main.go:128:15
./main.go:127:35: parameter c leaks to {heap} for runDemo with derefs=1:
./main.go:127:35:   flow: {heap} ← *c:
./main.go:127:35:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:129:19
./main.go:127:47: parameter args leaks to {heap} for runDemo with derefs=0:
./main.go:127:47:   flow: {heap} ← args:
./main.go:127:47:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:129:19
./main.go:127:62: parameter stdout leaks to {heap} for runDemo with derefs=0:
./main.go:127:62:   flow: {heap} ← stdout:
./main.go:127:62:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:129:19
./main.go:127:14: parameter ctx leaks to {heap} for runDemo with derefs=0:
./main.go:127:14:   flow: {heap} ← ctx:
./main.go:127:14:     from demo(ctx, stdout) (call parameter) at ./main.go:135:13
./main.go:133:65: ~r0 escapes to heap in runDemo:
./main.go:133:65:   flow: {storage for ... argument} ← &{storage for ~r0}:
./main.go:133:65:     from ~r0 (spill) at ./main.go:133:65
./main.go:133:65:     from ... argument (slice-literal-element) at ./main.go:133:20
./main.go:133:65:   flow: fmt.a ← &{storage for ... argument}:
./main.go:133:65:     from ... argument (spill) at ./main.go:133:20
./main.go:133:65:     from fmt.format, fmt.a := "demo: unexpected arguments %q: %w", ... argument (assign-pair) at ./main.go:133:20
./main.go:133:65:   flow: {heap} ← *fmt.a:
./main.go:133:65:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:133:20
./main.go:127:35: parameter c leaks to {storage for ~r0} for runDemo with derefs=1:
./main.go:127:35:   flow: c ← c:
./main.go:127:35:     from c, _ := c, 0 (assign-pair) at ./main.go:128:15
./main.go:127:35:   flow: flag.name ← *c:
./main.go:127:35:     from c.name (dot of pointer) at ./main.go:128:15
./main.go:127:35:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:128:15
./main.go:127:35:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:127:35:     from flag.FlagSet{...} (struct literal element) at ./main.go:128:15
./main.go:127:35:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:127:35:     from &flag.FlagSet{...} (spill) at ./main.go:128:15
./main.go:127:35:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:128:15
./main.go:127:35:   flow: ~r0 ← flag.f:
./main.go:127:35:     from ~r0 = flag.f (assign-pair) at ./main.go:128:15
./main.go:127:35:   flow: fs ← ~r0:
./main.go:127:35:     from fs := ~r0 (assign) at ./main.go:128:15
./main.go:127:35:   flow: ~r0 ← fs:
./main.go:127:35:     from ~r0 = fs (assign-pair) at ./main.go:128:15
./main.go:127:35:   flow: fs ← ~r0:
./main.go:127:35:     from fs := ~r0 (assign) at ./main.go:128:5
./main.go:127:35:   flow: flag.f ← fs:
./main.go:127:35:     from flag.f := fs (assign-pair) at ./main.go:133:65
./main.go:127:35:   flow: ~r0 ← *flag.f:
./main.go:127:35:     from flag.f.args (dot of pointer) at ./main.go:133:65
./main.go:127:35:     from ~r0 = flag.f.args (assign-pair) at ./main.go:133:65
./main.go:127:35:   flow: {storage for ~r0} ← ~r0:
./main.go:127:35:     from ~r0 (interface-converted) at ./main.go:133:65
./main.go:128:15: &flag.FlagSet{...} escapes to heap in runDemo:
./main.go:128:15:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:128:15:     from &flag.FlagSet{...} (spill) at ./main.go:128:15
./main.go:128:15:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:128:15
./main.go:128:15:   flow: {temp} ← flag.f:
./main.go:128:15:   flow: {storage for flag.f.defaultUsage} ← {temp}:
./main.go:127:35: parameter c leaks to {storage for &flag.FlagSet{...}} for runDemo with derefs=1:
./main.go:127:35:   flow: c ← c:
./main.go:127:35:     from c, _ := c, 0 (assign-pair) at ./main.go:128:15
./main.go:127:35:   flow: flag.name ← *c:
./main.go:127:35:     from c.name (dot of pointer) at ./main.go:128:15
./main.go:127:35:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:128:15
./main.go:127:35:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:127:35:     from flag.FlagSet{...} (struct literal element) at ./main.go:128:15
./main.go:133:20: &errors.errorString{...} escapes to heap in runDemo:
./main.go:133:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:133:20:     from &errors.errorString{...} (spill) at ./main.go:133:20
./main.go:133:20:     from &errors.errorString{...} (interface-converted) at ./main.go:133:20
./main.go:133:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:133:20
./main.go:133:20:   flow: fmt.err ← ~r0:
./main.go:133:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:133:20
./main.go:133:20:   flow: ~r0 ← fmt.err:
./main.go:133:20:     from return fmt.err (return) at ./main.go:133:3
./main.go:127:14: leaking param: ctx
./main.go:127:35: leaking param content: c
./main.go:127:47: leaking param: args
./main.go:127:62: leaking param: stdout
./main.go:127:70: stderr does not escape
./main.go:128:15: &flag.FlagSet{...} escapes to heap
./main.go:128:15: flag.f.defaultUsage escapes to heap
./main.go:128:15: func literal escapes to heap
./main.go:133:20: ... argument does not escape
./main.go:133:65: ~r0 escapes to heap
./main.go:133:20: &errors.errorString{...} escapes to heap
./main.go:139:15: flag.f.defaultUsage escapes to heap in runEscape:
./main.go:139:15:   flow: {heap} ← &{storage for flag.f.defaultUsage}:
./main.go:139:15:     from flag.f.defaultUsage (spill) at ./main.go:139:15
./main.go:139:15:     from flag.f.Usage = flag.f.defaultUsage (assign) at ./main.go:139:15
./main.go:139:15: func literal escapes to heap in runEscape:
./main.go:139:15:   flow: {heap} ← &{storage for func literal}:
./main.go:139:15:     from func literal (spill) at ./main.go:139:15
./main.go:139:15:     from fs.Usage = func literal (assign) at ./main.go:139:15
./main.go:138:37: parameter c leaks to {heap} for runEscape with derefs=1:
./main.go:138:37:   flow: {heap} ← *c:
./main.go:138:37:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:143:19
./main.go:138:49: parameter args leaks to {heap} for runEscape with derefs=0:
./main.go:138:49:   flow: {heap} ← args:
./main.go:138:49:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:143:19
./main.go:138:64: parameter stdout leaks to {heap} for runEscape with derefs=0:
./main.go:138:64:   flow: {heap} ← stdout:
./main.go:138:64:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:143:19
./main.go:138:16: parameter ctx leaks to {heap} for runEscape with derefs=0:
./main.go:138:16:   flow: {heap} ← ctx:
./main.go:138:16:     from RunEscape(ctx, ".", ~r0, *all) (call parameter) at ./main.go:149:23
./main.go:147:85: ~r0 escapes to heap in runEscape:
./main.go:147:85:   flow: {storage for ... argument} ← &{storage for ~r0}:
./main.go:147:85:     from ~r0 (spill) at ./main.go:147:85
./main.go:147:85:     from ... argument (slice-literal-element) at ./main.go:147:20
./main.go:147:85:   flow: fmt.a ← &{storage for ... argument}:
./main.go:147:85:     from ... argument (spill) at ./main.go:147:20
./main.go:147:85:     from fmt.format, fmt.a := "escape: want one PACKAGE or DIR, got %d arguments: %w", ... argument (assign-pair) at ./main.go:147:20
./main.go:147:85:   flow: {heap} ← *fmt.a:
./main.go:147:85:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:147:20
./main.go:151:44: ~r0 escapes to heap in runEscape:
./main.go:151:44:   flow: {storage for ... argument} ← &{storage for ~r0}:
./main.go:151:44:     from ~r0 (spill) at ./main.go:151:44
./main.go:151:44:     from ... argument (slice-literal-element) at ./main.go:151:20
./main.go:151:44:   flow: fmt.a ← &{storage for ... argument}:
./main.go:151:44:     from ... argument (spill) at ./main.go:151:20
./main.go:151:44:     from fmt.format, fmt.a := "escape %s: %w", ... argument (assign-pair) at ./main.go:151:20
./main.go:151:44:   flow: {heap} ← *fmt.a:
./main.go:151:44:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:151:20
./main.go:138:37: parameter c leaks to {storage for ~r0} for runEscape with derefs=2:
./main.go:138:37:   flow: c ← c:
./main.go:138:37:     from c, _ := c, 0 (assign-pair) at ./main.go:139:15
./main.go:138:37:   flow: flag.name ← *c:
./main.go:138:37:     from c.name (dot of pointer) at ./main.go:139:15
./main.go:138:37:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:139:15
./main.go:138:37:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:138:37:     from flag.FlagSet{...} (struct literal element) at ./main.go:139:15
./main.go:138:37:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:138:37:     from &flag.FlagSet{...} (spill) at ./main.go:139:15
./main.go:138:37:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:139:15
./main.go:138:37:   flow: ~r0 ← flag.f:
./main.go:138:37:     from ~r0 = flag.f (assign-pair) at ./main.go:139:15
./main.go:138:37:   flow: fs ← ~r0:
./main.go:138:37:     from fs := ~r0 (assign) at ./main.go:139:15
./main.go:138:37:   flow: ~r0 ← fs:
./main.go:138:37:     from ~r0 = fs (assign-pair) at ./main.go:139:15
./main.go:138:37:   flow: fs ← ~r0:
./main.go:138:37:     from fs := ~r0 (assign) at ./main.go:139:5
./main.go:138:37:   flow: flag.f ← fs:
./main.go:138:37:     from flag.f, flag.i := fs, 0 (assign-pair) at ./main.go:151:44
./main.go:138:37:   flow: ~r0 ← **flag.f:
./main.go:138:37:     from flag.f.args (dot of pointer) at ./main.go:151:44
./main.go:138:37:     from flag.f.args[flag.i] (dot of pointer) at ./main.go:151:44
./main.go:138:37:     from ~r0 = flag.f.args[flag.i] (assign-pair) at ./main.go:151:44
./main.go:138:37:   flow: {storage for ~r0} ← ~r0:
./main.go:138:37:     from ~r0 (interface-converted) at ./main.go:151:44
./main.go:139:15: &flag.FlagSet{...} escapes to heap in runEscape:
./main.go:139:15:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:139:15:     from &flag.FlagSet{...} (spill) at ./main.go:139:15
./main.go:139:15:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:139:15
./main.go:139:15:   flow: {temp} ← flag.f:
./main.go:139:15:   flow: {storage for flag.f.defaultUsage} ← {temp}:
./main.go:138:37: parameter c leaks to {storage for &flag.FlagSet{...}} for runEscape with derefs=1:
./main.go:138:37:   flow: c ← c:
./main.go:138:37:     from c, _ := c, 0 (assign-pair) at ./main.go:139:15
./main.go:138:37:   flow: flag.name ← *c:
./main.go:138:37:     from c.name (dot of pointer) at ./main.go:139:15
./main.go:138:37:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:139:15
./main.go:138:37:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:138:37:     from flag.FlagSet{...} (struct literal element) at ./main.go:139:15
./main.go:147:20: &errors.errorString{...} escapes to heap in runEscape:
./main.go:147:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:147:20:     from &errors.errorString{...} (spill) at ./main.go:147:20
./main.go:147:20:     from &errors.errorString{...} (interface-converted) at ./main.go:147:20
./main.go:147:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:147:20
./main.go:147:20:   flow: fmt.err ← ~r0:
./main.go:147:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:147:20
./main.go:147:20:   flow: ~r0 ← fmt.err:
./main.go:147:20:     from return fmt.err (return) at ./main.go:147:3
./main.go:151:20: &errors.errorString{...} escapes to heap in runEscape:
./main.go:151:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:151:20:     from &errors.errorString{...} (spill) at ./main.go:151:20
./main.go:151:20:     from &errors.errorString{...} (interface-converted) at ./main.go:151:20
./main.go:151:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:151:20
./main.go:151:20:   flow: fmt.err ← ~r0:
./main.go:151:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:151:20
./main.go:151:20:   flow: ~r0 ← fmt.err:
./main.go:151:20:     from return fmt.err (return) at ./main.go:151:3
./main.go:138:16: leaking param: ctx
./main.go:138:37: leaking param content: c
./main.go:138:49: leaking param: args
./main.go:138:64: leaking param: stdout
./main.go:138:72: stderr does not escape
./main.go:139:15: &flag.FlagSet{...} escapes to heap
./main.go:139:15: flag.f.defaultUsage escapes to heap
./main.go:139:15: func literal escapes to heap
./main.go:147:20: ... argument does not escape
./main.go:147:85: ~r0 escapes to heap
./main.go:147:20: &errors.errorString{...} escapes to heap
./main.go:151:20: ... argument does not escape
./main.go:151:44: ~r0 escapes to heap
./main.go:151:20: &errors.errorString{...} escapes to heap
/usr/local/go/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:68:33
/usr/local/go/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:68:31
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:68:30
/usr/local/go/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
/usr/local/go/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:68:30
/usr/local/go/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:68:30
/usr/local/go/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:64:72
/usr/local/go/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:64:70
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:69
/usr/local/go/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:69
/usr/local/go/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:61:53
/usr/local/go/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:61:51
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:50
/usr/local/go/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
/usr/local/go/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:50
/usr/local/go/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Load with derefs=0:
/usr/local/go/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:58:60
/usr/local/go/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:58:58
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at /usr/local/go/src/sync/atomic/type.go:58:57
/usr/local/go/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.x, atomic..dict, atomic.old, atomic.new := atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[os.dirInfo]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:37:   flow: atomic.old ← atomic.old:
/usr/local/go/src/sync/atomic/type.go:67:37:     from atomic.x, atomic..dict, atomic.old, atomic.new := atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
/usr/local/go/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[os.dirInfo]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:42:   flow: atomic.new ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:67:42:     from atomic.x, atomic..dict, atomic.old, atomic.new := atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.x, atomic..dict, atomic.new := atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[os.dirInfo]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:27:   flow: atomic.new ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:64:27:     from atomic.x, atomic..dict, atomic.new := atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.x, atomic..dict, atomic.val := atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.val (assign-pair) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[os.dirInfo]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:28:   flow: atomic.val ← atomic.val:
/usr/local/go/src/sync/atomic/type.go:61:28:     from atomic.x, atomic..dict, atomic.val := atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.val (assign-pair) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
/usr/local/go/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[os.dirInfo]).Load with derefs=0:
/usr/local/go/src/sync/atomic/type.go:58:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.x, atomic..dict := atomic.x, &atomic..dict.Pointer[os.dirInfo] (assign-pair) at /usr/local/go/src/sync/atomic/type.go:58:6
/usr/local/go/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:58:6
/usr/local/go/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:58:6
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at /usr/local/go/src/sync/atomic/type.go:58:6
/usr/local/go/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:68:33
/usr/local/go/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:68:31
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:68:30
/usr/local/go/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
/usr/local/go/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:68:30
/usr/local/go/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:68:30
/usr/local/go/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:64:72
/usr/local/go/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:64:70
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:69
/usr/local/go/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:69
/usr/local/go/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:61:53
/usr/local/go/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:61:51
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:50
/usr/local/go/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
/usr/local/go/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:50
/usr/local/go/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Load with derefs=0:
/usr/local/go/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:58:60
/usr/local/go/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:58:58
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at /usr/local/go/src/sync/atomic/type.go:58:57
/usr/local/go/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go/token.File]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.x, atomic..dict, atomic.old, atomic.new := atomic.x, &atomic..dict.Pointer[go/token.File], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go/token.File]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:37:   flow: atomic.old ← atomic.old:
/usr/local/go/src/sync/atomic/type.go:67:37:     from atomic.x, atomic..dict, atomic.old, atomic.new := atomic.x, &atomic..dict.Pointer[go/token.File], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
/usr/local/go/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go/token.File]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:42:   flow: atomic.new ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:67:42:     from atomic.x, atomic..dict, atomic.old, atomic.new := atomic.x, &atomic..dict.Pointer[go/token.File], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go/token.File]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.x, atomic..dict, atomic.new := atomic.x, &atomic..dict.Pointer[go/token.File], atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go/token.File]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:27:   flow: atomic.new ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:64:27:     from atomic.x, atomic..dict, atomic.new := atomic.x, &atomic..dict.Pointer[go/token.File], atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go/token.File]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.x, atomic..dict, atomic.val := atomic.x, &atomic..dict.Pointer[go/token.File], atomic.val (assign-pair) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go/token.File]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:28:   flow: atomic.val ← atomic.val:
/usr/local/go/src/sync/atomic/type.go:61:28:     from atomic.x, atomic..dict, atomic.val := atomic.x, &atomic..dict.Pointer[go/token.File], atomic.val (assign-pair) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
/usr/local/go/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go/token.File]).Load with derefs=0:
/usr/local/go/src/sync/atomic/type.go:58:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.x, atomic..dict := atomic.x, &atomic..dict.Pointer[go/token.File] (assign-pair) at /usr/local/go/src/sync/atomic/type.go:58:6
/usr/local/go/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:58:6
/usr/local/go/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:58:6
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at /usr/local/go/src/sync/atomic/type.go:58:6
/usr/local/go/src/slices/sort.go:37:36: parameter slices.x leaks to {heap} for SortStableFunc[go.shape.[]main.Finding,go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] with derefs=1:
/usr/local/go/src/slices/sort.go:37:36:   flow: {temp} ← slices.x:
/usr/local/go/src/slices/sort.go:37:36:     from slices.stableCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]((*[4]uintptr)(slices..dict[0]), slices.x, len(slices.x), slices.cmp) (call parameter) at /usr/local/go/src/slices/sort.go:38:15
/usr/local/go/src/slices/sort.go:37:36:   flow: {heap} ← *{temp}:
/usr/local/go/src/slices/zsortanyfunc.go:331:24: slices.swapRangeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:331:24: slices.swapRangeCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:13:23: slices.insertionSortCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:13:23: slices.insertionSortCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:10:34: parameter slices.data leaks to {heap} for insertionSortCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }] with derefs=1:
/usr/local/go/src/slices/zsortanyfunc.go:10:34:   flow: {heap} ← *slices.data:
/usr/local/go/src/slices/zsortanyfunc.go:10:34:     from slices.data[slices.j] (dot of pointer) at /usr/local/go/src/slices/zsortanyfunc.go:12:33
/usr/local/go/src/slices/zsortanyfunc.go:10:34:     from slices.cmp(slices.data[slices.j], slices.data[slices.j - 1]) (call parameter) at /usr/local/go/src/slices/zsortanyfunc.go:12:28
/usr/local/go/src/slices/sort.go:37:36: parameter slices.x leaks to {heap} for SortStableFunc[[]main.Finding,main.Finding] with derefs=1:
/usr/local/go/src/slices/sort.go:37:36:   flow: slices.x ← slices.x:
/usr/local/go/src/slices/sort.go:37:36:     from slices..dict, slices.x, slices.cmp := &slices..dict.SortStableFunc[[]main.Finding,main.Finding], slices.x, slices.cmp (assign-pair) at /usr/local/go/src/slices/sort.go:37:6
/usr/local/go/src/slices/sort.go:37:36:   flow: {temp} ← slices.x:
/usr/local/go/src/slices/sort.go:37:36:     from slices.stableCmpFunc[go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]((*[4]uintptr)(slices..dict[0]), slices.x, len(slices.x), slices.cmp) (call parameter) at /usr/local/go/src/slices/sort.go:37:6
/usr/local/go/src/slices/sort.go:37:36:   flow: {heap} ← *{temp}:
./escape.go:93:7: parameter p leaks to {heap} for (*Pos).String with derefs=1:
./escape.go:93:7:   flow: {heap} ← *p:
./escape.go:93:7:     from p (indirection) at <autogenerated>:1
./escape.go:93:7:     from Pos.String(p) (call parameter) at <autogenerated>:1
