# go-internals-cloud-native/166-memory-gc
./pool.go:132:6: can inline ceilLog2 with cost 7 as: func(int) int { return bits.Len(uint(n - 1)) }
./pool.go:118:6: can inline NewBufferPool with cost 60 as: func(int, int) *BufferPool { if minSize <= 0 { minSize = 64 }; if maxSize <= 0 { maxSize = 65536 }; maxSize = max(maxSize, minSize); p := &BufferPool{...}; p.classes = make([]sync.Pool, p.maxShift - p.minShift + 1); return p }
./pool.go:139:6: cannot inline (*BufferPool).Get: function too complex: cost 161 exceeds budget 80
./pool.go:160:6: cannot inline (*BufferPool).Put: function too complex: cost 105 exceeds budget 80
./burst.go:56:11: can inline init.func1 with cost 106 as: func() bufferPooler { bp := NewBufferPool(0, 0); return bufferPooler{...} }
./burst.go:59:4: can inline init.func1.1 with cost 69 as: func(int) ([]byte, any) { b := (*BufferPool).Get(bp, n); return *b, b }
./burst.go:60:4: can inline init.func1.2 with cost 61 as: func(any) { (*BufferPool).Put(bp, h.(*[]byte)) }
./pool.go:226:6: can inline NewCalibratedPool with cost 52 as: func(CalibratedOptions) *CalibratedPool { if o.Calls <= 0 { o.Calls = 42000 }; if o.Percentile <= 0 || o.Percentile > 1 { o.Percentile = 0.95 }; if o.MaxBeforeCalibration <= 0 { o.MaxBeforeCalibration = 65536 }; p := &CalibratedPool{...}; (*atomic.Int64).Store(p.maxSize, int64(o.MaxBeforeCalibration)); return p }
./pool.go:242:6: cannot inline (*CalibratedPool).Get: function too complex: cost 98 exceeds budget 80
/usr/local/go/src/slices/zsortanyfunc.go:10:6: can inline slices.insertionSortCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] with cost 73 as: func(*[2]uintptr, []go.shape.struct { main.calls uint64; main.size int64 }, int, int, func(go.shape.struct { main.calls uint64; main.size int64 }, go.shape.struct { main.calls uint64; main.size int64 }) int) { for loop }
/usr/local/go/src/slices/zsortanyfunc.go:329:6: can inline slices.swapRangeCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] with cost 33 as: func(*[2]uintptr, []go.shape.struct { main.calls uint64; main.size int64 }, int, int, int, func(go.shape.struct { main.calls uint64; main.size int64 }, go.shape.struct { main.calls uint64; main.size int64 }) int) { for loop }
/usr/local/go/src/slices/zsortanyfunc.go:464:6: cannot inline slices.rotateCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }]: function too complex: cost 170 exceeds budget 80
/usr/local/go/src/slices/zsortanyfunc.go:378:6: cannot inline slices.symMergeCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }]: function too complex: cost 537 exceeds budget 80
/usr/local/go/src/slices/zsortanyfunc.go:335:6: cannot inline slices.stableCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }]: function too complex: cost 365 exceeds budget 80
/usr/local/go/src/slices/sort.go:37:6: can inline slices.SortStableFunc[go.shape.[]main.classCalls·3,go.shape.struct { main.calls uint64; main.size int64 }] with cost 67 as: func(*[5]uintptr, go.shape.[]main.classCalls, func(go.shape.struct { main.calls uint64; main.size int64 }, go.shape.struct { main.calls uint64; main.size int64 }) int) { slices.stableCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }]((*[4]uintptr)(slices..dict[0]), slices.x, len(slices.x), slices.cmp) }
./pool.go:286:28: can inline (*CalibratedPool).calibrate.func1 with cost 19 as: func(classCalls, classCalls) int { switch statement; return 0 }
./pool.go:270:6: cannot inline (*CalibratedPool).calibrate: unhandled op DEFER
./pool.go:274:2: can inline (*CalibratedPool).calibrate.deferwrap1 with cost 15 as: func() { (*atomic.Bool).Store(.autotmp_1, false) }
./pool.go:252:6: cannot inline (*CalibratedPool).Put: function too complex: cost 201 exceeds budget 80
./burst.go:62:17: can inline init.func2 with cost 97 as: func() bufferPooler { cp := NewCalibratedPool(CalibratedOptions{}); return bufferPooler{...} }
./burst.go:65:4: can inline init.func2.1 with cost 78 as: func(int) ([]byte, any) { b := (*CalibratedPool).Get(cp); b.B = append(b.B[:0], make([]byte, n)...); return b.B, b }
./burst.go:70:4: can inline init.func2.2 with cost 61 as: func(any) { (*CalibratedPool).Put(cp, h.(*Buffer)) }
./burst.go:72:15: can inline init.func3 with cost 43 as: func() bufferPooler { sp := new(sync.Pool); return bufferPooler{...} }
./burst.go:75:4: can inline init.func3.1 with cost 97 as: func(int) ([]byte, any) { b, _ := (*[]byte)(.autotmp_4), .autotmp_5; if b == nil || cap(*b) < n { nb := make([]byte, n); b = &nb }; *b = (*b)[:n]; return *b, b }
./burst.go:84:4: can inline init.func3.2 with cost 60 as: func(any) { (*sync.Pool).Put(sp, h) }
./burst.go:87:31: can inline init.func4.1 with cost 4 as: func(int) ([]byte, any) { return make([]byte, n), nil }
./burst.go:87:90: can inline init.func4.2 with cost 0 as: func(any) {  }
./burst.go:86:11: can inline init.func4 with cost 38 as: func() bufferPooler { return bufferPooler{...} }
./catalogue.go:47:6: cannot inline catReturnLocalPointer: marked go:noinline
./catalogue.go:197:3: can inline init.func5 with cost 62 as: func() { sink.ptr = catReturnLocalPointer() }
./catalogue.go:53:6: cannot inline catLocalPointerStaysLocal: marked go:noinline
./catalogue.go:199:3: can inline init.func6 with cost 62 as: func() { sink.int = catLocalPointerStaysLocal() }
./catalogue.go:60:6: can inline inlinableNew with cost 7 as: func() *point { return &point{...} }
./catalogue.go:63:6: cannot inline catInlinedReturnPointer: marked go:noinline
./catalogue.go:201:3: can inline init.func7 with cost 62 as: func() { sink.int = catInlinedReturnPointer() }
./catalogue.go:69:6: cannot inline catClosureCapture: marked go:noinline
./catalogue.go:71:9: can inline catClosureCapture.func1 with cost 5 as: func() int { n++; return n }
./catalogue.go:203:3: can inline init.func8 with cost 62 as: func() { sink.fn = catClosureCapture() }
./catalogue.go:78:6: cannot inline catClosureCalledInPlace: marked go:noinline
./catalogue.go:80:7: can inline catClosureCalledInPlace.func1 with cost 4 as: func() int { return n * 2 }
./catalogue.go:205:3: can inline init.func9 with cost 62 as: func() { sink.int = catClosureCalledInPlace() }
./catalogue.go:85:6: cannot inline catInterfaceConversion: marked go:noinline
./catalogue.go:207:3: can inline init.func10 with cost 63 as: func() { sink.any = catInterfaceConversion(1000) }
./catalogue.go:90:6: cannot inline catMakeConstantSmall: marked go:noinline
./catalogue.go:209:3: can inline init.func11 with cost 62 as: func() { sink.int = catMakeConstantSmall() }
./catalogue.go:97:6: cannot inline catMakeConstantTooLarge: marked go:noinline
./catalogue.go:211:3: can inline init.func12 with cost 62 as: func() { sink.int = catMakeConstantTooLarge() }
./catalogue.go:104:6: cannot inline catMakeVariable: marked go:noinline
./catalogue.go:213:3: can inline init.func13 with cost 63 as: func() { sink.int = catMakeVariable(32) }
./catalogue.go:215:3: can inline init.func14 with cost 63 as: func() { sink.int = catMakeVariable(33) }
./catalogue.go:110:6: cannot inline catAppendReturned: marked go:noinline
./catalogue.go:220:3: can inline init.func15 with cost 63 as: func() { sink.ints = catAppendReturned(4) }
./catalogue.go:222:3: can inline init.func16 with cost 63 as: func() { sink.ints = catAppendReturned(100) }
./catalogue.go:119:6: cannot inline catFmtArgument: marked go:noinline
./catalogue.go:224:3: can inline init.func17 with cost 63 as: func() { sink.str = catFmtArgument(1000) }
./catalogue.go:124:6: cannot inline catStrconvAppend: marked go:noinline
./catalogue.go:226:3: can inline init.func18 with cost 63 as: func() { sink.str = catStrconvAppend(1000) }
./catalogue.go:21:6: can inline abs with cost 9 as: func(int) int { if v < 0 { return -v }; return v }
./catalogue.go:19:6: can inline point.norm1 with cost 28 as: method(point) func() int { return abs(p.x) + abs(p.y) }
./catalogue.go:130:6: cannot inline catMethodValue: marked go:noinline
./catalogue.go:228:3: can inline init.func19 with cost 67 as: func() { sink.fn = catMethodValue(point{...}) }
./catalogue.go:135:6: cannot inline catArrayAtStackLimit: marked go:noinline
./catalogue.go:230:3: can inline init.func20 with cost 62 as: func() { sink.int = catArrayAtStackLimit() }
./catalogue.go:142:6: cannot inline catArrayPastStackLimit: marked go:noinline
./catalogue.go:232:3: can inline init.func21 with cost 62 as: func() { sink.int = catArrayPastStackLimit() }
./catalogue.go:149:6: cannot inline catZeroCopyConversion: marked go:noinline
./catalogue.go:234:3: can inline init.func22 with cost 64 as: func() { sink.int = catZeroCopyConversion(sink.str) }
./catalogue.go:158:6: cannot inline catLeakingParam: marked go:noinline
./catalogue.go:236:3: can inline init.func23 with cost 64 as: func() { sink.ptr = catLeakingParam(sink.point) }
./catalogue.go:163:6: cannot inline catLeakingParamContent: marked go:noinline
./catalogue.go:238:3: can inline init.func24 with cost 62 as: func() { catLeakingParamContent(&sink.point) }
./catalogue.go:168:6: cannot inline catParamDoesNotEscape: marked go:noinline
./catalogue.go:240:3: can inline init.func25 with cost 64 as: func() { sink.int = catParamDoesNotEscape(sink.point) }
./catalogue.go:173:6: cannot inline catStoreToGlobal: marked go:noinline
./catalogue.go:242:3: can inline init.func26 with cost 61 as: func() { catStoreToGlobal(sink.point) }
./tune.go:39:15: can inline init.func27 with cost 5 as: func(uint64) []string { return []string{...} }
./tune.go:40:15: can inline init.func28 with cost 5 as: func(uint64) []string { return []string{...} }
./tune.go:41:27: can inline init.func29 with cost 72 as: func(uint64) []string { return []string{...} }
./tune.go:42:27: can inline init.func30 with cost 72 as: func(uint64) []string { return []string{...} }
./tune.go:43:26: can inline init.func31 with cost 5 as: func(uint64) []string { return []string{...} }
./tune.go:44:19: can inline init.func32 with cost 5 as: func(uint64) []string { return []string{...} }
./unsafe.go:115:24: can inline init.func33 with cost 10 as: func() bool { x := uint16(1); return *(*byte)(unsafe.Pointer(&x)) == byte(1) }
./main.go:112:13: can inline (*command).flags.func1 with cost 0 as: func() {  }
./main.go:109:6: can inline (*command).flags with cost 55 as: method(*command) func(io.Writer) *flag.FlagSet { fs := flag.NewFlagSet(c.name, flag.ErrorHandling(0)); (*flag.FlagSet).SetOutput(fs, io.Discard); fs.Usage = func literal; return fs }
./main.go:118:6: cannot inline (*command).parse: function too complex: cost 585 exceeds budget 80
./main.go:123:15: can inline (*command).parse.func1 with cost 3 as: func(*flag.Flag) { n++ }
./demo.go:44:6: cannot inline sourceDir: function too complex: cost 281 exceeds budget 80
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
./demo.go:80:6: cannot inline compilerSays: function too complex: cost 106 exceeds budget 80
./catalogue.go:250:6: cannot inline allocsPerRun: unhandled op DEFER
./catalogue.go:251:2: can inline allocsPerRun.deferwrap1 with cost 60 as: func() { runtime.GOMAXPROCS(.autotmp_3) }
./demo.go:56:6: cannot inline demoEscape: function too complex: cost 630 exceeds budget 80
./workload.go:210:6: cannot inline selfArgv: function too complex: cost 181 exceeds budget 80
./workload.go:187:6: cannot inline withGODEBUG: function too complex: cost 112 exceeds budget 80
./gctrace.go:108:10: can inline ParseGCTrace.func1 with cost 133 as: func(string) int64 { v, e := int64(.autotmp_4), .autotmp_5; err = errors.Join(... argument...); return v }
./gctrace.go:113:8: can inline ParseGCTrace.func2 with cost 135 as: func(string) time.Duration { v, e := float64(.autotmp_4), .autotmp_5; err = errors.Join(... argument...); return time.Duration(v * 1e+06) }
./gctrace.go:95:6: cannot inline ParseGCTrace: function too complex: cost 3008 exceeds budget 80
./gctrace.go:147:6: cannot inline ScanGCTrace: function too complex: cost 450 exceeds budget 80
./workload.go:178:6: can inline orDiscard with cost 8 as: func(io.Writer) io.Writer { if w == nil { return io.Discard }; return w }
./workload.go:138:6: cannot inline runChild: function too complex: cost 1430 exceeds budget 80
./gctrace.go:250:8: can inline formatGCTrace.func1 with cost 89 as: func(time.Duration) string { return strconv.FormatFloat(float64(d) / 1e+06, byte(102), -1, 64) }
./gctrace.go:249:6: cannot inline formatGCTrace: function too complex: cost 1049 exceeds budget 80
./gctrace.go:67:6: can inline GCTrace.STW with cost 6 as: method(GCTrace) func() time.Duration { return g.SweepTermWall + g.MarkTermWall }
/usr/local/go/src/cmp/cmp.go:63:6: can inline cmp.isNaN[go.shape.int64] with cost 4 as: func(*[1]uintptr, go.shape.int64) bool { return cmp.x != cmp.x }
/usr/local/go/src/cmp/cmp.go:28:6: can inline cmp.Less[go.shape.int64] with cost 29 as: func(*[2]uintptr, go.shape.int64, go.shape.int64) bool { return cmp.isNaN[go.shape.int64]((*[1]uintptr)(cmp..dict[0]), cmp.x) && !cmp.isNaN[go.shape.int64]((*[1]uintptr)(cmp..dict[0]), cmp.y) || cmp.x < cmp.y }
/usr/local/go/src/slices/zsortordered.go:12:6: cannot inline slices.insertionSortOrdered[go.shape.int64]: function too complex: cost 87 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:22:6: cannot inline slices.siftDownOrdered[go.shape.int64]: function too complex: cost 149 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:40:6: cannot inline slices.heapSortOrdered[go.shape.int64]: function too complex: cost 198 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:242:6: cannot inline slices.breakPatternsOrdered[go.shape.int64]: function too complex: cost 119 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:300:6: can inline slices.order2Ordered[go.shape.int64] with cost 52 as: func(*[2]uintptr, []go.shape.int64, int, int, *int) (int, int) { if cmp.Less[go.shape.int64]((*[2]uintptr)(slices..dict[0]), slices.data[slices.b], slices.data[slices.a]) { *slices.swaps++; return slices.b, slices.a }; return slices.a, slices.b }
/usr/local/go/src/slices/zsortordered.go:309:6: cannot inline slices.medianOrdered[go.shape.int64]: function too complex: cost 197 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:317:6: can inline slices.medianAdjacentOrdered[go.shape.int64] with cost 73 as: func(*[2]uintptr, []go.shape.int64, int, *int) int { return slices.medianOrdered[go.shape.int64]((*[2]uintptr)(slices..dict[0]), slices.data, slices.a - 1, slices.a, slices.a + 1, slices.swaps) }
/usr/local/go/src/slices/zsortordered.go:263:6: cannot inline slices.choosePivotOrdered[go.shape.int64]: function too complex: cost 394 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:321:6: can inline slices.reverseRangeOrdered[go.shape.int64] with cost 35 as: func(*[1]uintptr, []go.shape.int64, int, int) { slices.i := slices.a; slices.j := slices.b - 1; for loop }
/usr/local/go/src/slices/zsortordered.go:197:6: cannot inline slices.partialInsertionSortOrdered[go.shape.int64]: function too complex: cost 270 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:175:6: cannot inline slices.partitionEqualOrdered[go.shape.int64]: function too complex: cost 152 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:137:6: cannot inline slices.partitionOrdered[go.shape.int64]: function too complex: cost 304 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:63:6: cannot inline slices.pdqsortOrdered[go.shape.int64]: function too complex: cost 820 exceeds budget 80
/usr/local/go/src/slices/sort.go:16:6: can inline slices.Sort[go.shape.[]time.Duration,go.shape.int64] with cost 76 as: func(*[4]uintptr, go.shape.[]time.Duration) { slices.n := len(slices.x); slices.pdqsortOrdered[go.shape.int64]((*[11]uintptr)(slices..dict[0]), slices.x, 0, slices.n, bits.Len(uint(slices.n))) }
./gctrace.go:209:6: can inline quantile[go.shape.int64] with cost 36 as: func(*[2]uintptr, []go.shape.int64, float64) go.shape.int64 { zero = <nil>; if len(xs) == 0 { return zero }; i := int(q * float64(len(xs)) + 0.999999) - 1; return xs[min(max(i, 0), len(xs) - 1)] }
./gctrace.go:185:6: cannot inline (*GCTraceLog).Summary: function too complex: cost 259 exceeds budget 80
./burst.go:164:6: cannot inline formatBytes: function too complex: cost 164 exceeds budget 80
./gctrace.go:220:6: cannot inline writeGCTraceReport: function too complex: cost 1190 exceeds budget 80
./demo.go:104:6: cannot inline demoGCTrace: function too complex: cost 358 exceeds budget 80
./workload.go:35:6: can inline WorkloadSpec.withDefaults with cost 29 as: method(WorkloadSpec) func() WorkloadSpec { if s.LiveMiB <= 0 { s.LiveMiB = 32 }; if s.ChurnMiB <= 0 { s.ChurnMiB = 512 }; if s.ObjBytes <= 0 { s.ObjBytes = 4096 }; return s }
./tune.go:83:6: cannot inline RunTune: function too complex: cost 924 exceeds budget 80
./tune.go:122:12: can inline writeTuneTable.func1 with cost 4 as: func(WorkloadResult) float64 { return float64(r.Cycles) }
./tune.go:123:9: can inline writeTuneTable.func2 with cost 5 as: func(WorkloadResult) float64 { return 100 * r.GCCPU }
/usr/local/go/src/cmp/cmp.go:63:6: can inline cmp.isNaN[go.shape.float64] with cost 4 as: func(*[1]uintptr, go.shape.float64) bool { return cmp.x != cmp.x }
/usr/local/go/src/cmp/cmp.go:28:6: can inline cmp.Less[go.shape.float64] with cost 29 as: func(*[2]uintptr, go.shape.float64, go.shape.float64) bool { return cmp.isNaN[go.shape.float64]((*[1]uintptr)(cmp..dict[0]), cmp.x) && !cmp.isNaN[go.shape.float64]((*[1]uintptr)(cmp..dict[0]), cmp.y) || cmp.x < cmp.y }
/usr/local/go/src/slices/zsortordered.go:12:6: cannot inline slices.insertionSortOrdered[go.shape.float64]: function too complex: cost 87 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:22:6: cannot inline slices.siftDownOrdered[go.shape.float64]: function too complex: cost 149 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:40:6: cannot inline slices.heapSortOrdered[go.shape.float64]: function too complex: cost 198 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:242:6: cannot inline slices.breakPatternsOrdered[go.shape.float64]: function too complex: cost 119 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:300:6: can inline slices.order2Ordered[go.shape.float64] with cost 52 as: func(*[2]uintptr, []go.shape.float64, int, int, *int) (int, int) { if cmp.Less[go.shape.float64]((*[2]uintptr)(slices..dict[0]), slices.data[slices.b], slices.data[slices.a]) { *slices.swaps++; return slices.b, slices.a }; return slices.a, slices.b }
/usr/local/go/src/slices/zsortordered.go:309:6: cannot inline slices.medianOrdered[go.shape.float64]: function too complex: cost 197 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:317:6: can inline slices.medianAdjacentOrdered[go.shape.float64] with cost 73 as: func(*[2]uintptr, []go.shape.float64, int, *int) int { return slices.medianOrdered[go.shape.float64]((*[2]uintptr)(slices..dict[0]), slices.data, slices.a - 1, slices.a, slices.a + 1, slices.swaps) }
/usr/local/go/src/slices/zsortordered.go:263:6: cannot inline slices.choosePivotOrdered[go.shape.float64]: function too complex: cost 394 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:321:6: can inline slices.reverseRangeOrdered[go.shape.float64] with cost 35 as: func(*[1]uintptr, []go.shape.float64, int, int) { slices.i := slices.a; slices.j := slices.b - 1; for loop }
/usr/local/go/src/slices/zsortordered.go:197:6: cannot inline slices.partialInsertionSortOrdered[go.shape.float64]: function too complex: cost 270 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:175:6: cannot inline slices.partitionEqualOrdered[go.shape.float64]: function too complex: cost 152 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:137:6: cannot inline slices.partitionOrdered[go.shape.float64]: function too complex: cost 304 exceeds budget 80
/usr/local/go/src/slices/zsortordered.go:63:6: cannot inline slices.pdqsortOrdered[go.shape.float64]: function too complex: cost 820 exceeds budget 80
/usr/local/go/src/slices/sort.go:16:6: can inline slices.Sort[go.shape.[]float64,go.shape.float64] with cost 76 as: func(*[4]uintptr, go.shape.[]float64) { slices.n := len(slices.x); slices.pdqsortOrdered[go.shape.float64]((*[11]uintptr)(slices..dict[0]), slices.x, 0, slices.n, bits.Len(uint(slices.n))) }
./tune.go:54:6: cannot inline TuneRow.median: function too complex: cost 136 exceeds budget 80
./tune.go:67:6: can inline TuneRow.spread with cost 58 as: method(TuneRow) func(func(WorkloadResult) float64) (float64, float64) { for loop; return lo, hi }
./tune.go:133:40: can inline writeTuneTable.func3 with cost 4 as: func(WorkloadResult) float64 { return float64(r.GOGC) }
./tune.go:138:31: can inline writeTuneTable.func4 with cost 4 as: func(WorkloadResult) float64 { return float64(r.PeakHeap) }
./tune.go:139:31: can inline writeTuneTable.func5 with cost 4 as: func(WorkloadResult) float64 { return float64(r.PeakRSS) }
./tune.go:140:27: can inline writeTuneTable.func6 with cost 4 as: func(WorkloadResult) float64 { return float64(r.PauseP99) }
./tune.go:141:27: can inline writeTuneTable.func7 with cost 4 as: func(WorkloadResult) float64 { return float64(r.Wall) }
./tune.go:158:23: can inline writeTuneTable.func8 with cost 4 as: func(WorkloadResult) float64 { return float64(r.PeakHeap) }
./tune.go:119:6: cannot inline writeTuneTable: function too complex: cost 2098 exceeds budget 80
./demo.go:123:6: cannot inline demoTune: function too complex: cost 306 exceeds budget 80
./layout.go:71:6: cannot inline newLayoutSizes: function too complex: cost 125 exceeds budget 80
./layout.go:141:6: can inline shortQualifier with cost 6 as: func(*types.Package) string { return (*types.Package).Name(p) }
./layout.go:78:6: cannot inline layoutSizes.ptrdata: function too complex: cost 451 exceeds budget 80
./layout.go:118:6: cannot inline layoutSizes.layoutOf: function too complex: cost 567 exceeds budget 80
/usr/local/go/src/slices/slices.go:353:6: can inline slices.Clone[go.shape.[]*go/types.Var,go.shape.*uint8] with cost 11 as: func(*[4]uintptr, go.shape.[]*go/types.Var) go.shape.[]*go/types.Var { if slices.s == nil { return nil }; return append(go.shape.[]*go/types.Var{}, slices.s...) }
/usr/local/go/src/slices/zsortanyfunc.go:10:6: can inline slices.insertionSortCmpFunc[go.shape.*uint8] with cost 73 as: func(*[2]uintptr, []go.shape.*uint8, int, int, func(go.shape.*uint8, go.shape.*uint8) int) { for loop }
/usr/local/go/src/slices/zsortanyfunc.go:329:6: can inline slices.swapRangeCmpFunc[go.shape.*uint8] with cost 33 as: func(*[2]uintptr, []go.shape.*uint8, int, int, int, func(go.shape.*uint8, go.shape.*uint8) int) { for loop }
/usr/local/go/src/slices/zsortanyfunc.go:464:6: cannot inline slices.rotateCmpFunc[go.shape.*uint8]: function too complex: cost 170 exceeds budget 80
/usr/local/go/src/slices/zsortanyfunc.go:378:6: cannot inline slices.symMergeCmpFunc[go.shape.*uint8]: function too complex: cost 537 exceeds budget 80
/usr/local/go/src/slices/zsortanyfunc.go:335:6: cannot inline slices.stableCmpFunc[go.shape.*uint8]: function too complex: cost 365 exceeds budget 80
/usr/local/go/src/slices/sort.go:37:6: can inline slices.SortStableFunc[go.shape.[]*go/types.Var,go.shape.*uint8] with cost 67 as: func(*[5]uintptr, go.shape.[]*go/types.Var, func(go.shape.*uint8, go.shape.*uint8) int) { slices.stableCmpFunc[go.shape.*uint8]((*[4]uintptr)(slices..dict[0]), slices.x, len(slices.x), slices.cmp) }
/usr/local/go/src/cmp/cmp.go:40:6: can inline cmp.Compare[go.shape.int64] with cost 56 as: func(*[2]uintptr, go.shape.int64, go.shape.int64) int { cmp.xNaN := cmp.isNaN[go.shape.int64]((*[1]uintptr)(cmp..dict[0]), cmp.x); cmp.yNaN := cmp.isNaN[go.shape.int64]((*[1]uintptr)(cmp..dict[0]), cmp.y); if cmp.xNaN { if cmp.yNaN { return 0 }; return -1 }; if cmp.yNaN { return 1 }; if cmp.x < cmp.y { return -1 }; if cmp.x > cmp.y { return 1 }; return 0 }
./layout.go:148:6: cannot inline layoutSizes.optimalOrder: function too complex: cost 110 exceeds budget 80
./layout.go:150:29: can inline layoutSizes.optimalOrder.func1 with cost 665 as: func(*types.Var, *types.Var) int { sa, sb := s.Sizes.Sizeof((*types.object).Type(a.object)), s.Sizes.Sizeof((*types.object).Type(b.object)); if za != zb { if za { return -1 }; return 1 }; if c != 0 { return c }; pa, pb := layoutSizes.ptrdata(s, (*types.object).Type(a.object)), layoutSizes.ptrdata(s, (*types.object).Type(b.object)); if na != nb { if nb { return -1 }; return 1 }; if pa != int64(0) { if c != 0 { return c } }; return cmp.Compare[go.shape.int64](&cmp..dict.Compare[int64], sb, sa) }
./layout.go:216:6: cannot inline inspectType: function too complex: cost 500 exceeds budget 80
./layout.go:191:6: cannot inline InspectStruct: function too complex: cost 734 exceeds budget 80
./layout.go:57:6: can inline StructLayout.Padding with cost 17 as: method(StructLayout) func() int64 { p = <nil>; for loop; return p }
./layout.go:243:11: can inline (*LayoutReport).WriteText.func1 with cost 463 as: func(string, StructLayout) { fmt.Fprintf(w, "%s: size %d, align %d, padding %d, pointer bytes %d\n", ... argument...); tw := tabwriter.NewWriter(w, 0, 0, 2, byte(32), uint(0)); fmt.Fprintln(tw, ... argument...); for loop; (*tabwriter.Writer).Flush(tw) }
./layout.go:242:6: cannot inline (*LayoutReport).WriteText: function too complex: cost 390 exceeds budget 80
./demo.go:134:6: cannot inline demoLayout: function too complex: cost 376 exceeds budget 80
./burst.go:32:6: can inline burstSize with cost 10 as: func(int) int { if i % 16 == 0 { return 262144 }; return 2048 }
./burst.go:94:6: cannot inline burst: function too complex: cost 324 exceeds budget 80
./burst.go:179:6: can inline liveHeap with cost 68 as: func() uint64 { ms = <nil>; runtime.ReadMemStats(&ms); return ms.HeapAlloc }
./burst.go:128:6: cannot inline measureBurst: function too complex: cost 433 exceeds budget 80
./burst.go:147:6: cannot inline writePoolTable: function too complex: cost 494 exceeds budget 80
./demo.go:97:6: cannot inline demoPools: function too complex: cost 251 exceeds budget 80
./demo.go:18:6: cannot inline demo: function too complex: cost 332 exceeds budget 80
./main.go:138:6: cannot inline runDemo: function too complex: cost 298 exceeds budget 80
./escape.go:502:6: can inline (*Report).Groups with cost 73 as: method(*Report) func() []FuncGroup { gs = <nil>; idx := map[[2]string]int{}; for loop; return gs }
./escape.go:575:6: cannot inline (*Report).WriteJSON: function too complex: cost 174 exceeds budget 80
./escape.go:532:6: cannot inline (*Report).WriteText: function too complex: cost 812 exceeds budget 80
./main.go:149:6: cannot inline runEscape: function too complex: cost 764 exceeds budget 80
./main.go:181:6: cannot inline runGCTrace: function too complex: cost 752 exceeds budget 80
./tuner.go:223:6: cannot inline CgroupMemoryLimit: unhandled op DEFER
./tuner.go:228:2: can inline CgroupMemoryLimit.deferwrap1 with cost 69 as: func() { (*os.File).Close(.autotmp_8) }
./main.go:237:6: cannot inline runTune: function too complex: cost 1174 exceeds budget 80
./tune.go:180:10: can inline startWorkloadTuner.func1 with cost 2 as: func() string { return "" }
./metrics.go:66:6: cannot inline SampleGC: function too complex: cost 384 exceeds budget 80
/usr/local/go/src/internal/abi/escape.go:28:6: can inline abi.Escape[go.shape.*uint8] with cost 8 as: func(*[2]uintptr, go.shape.*uint8) go.shape.*uint8 { if abi.alwaysFalse { abi.escapeSink = abi.x }; return abi.x }
/usr/local/go/src/internal/abi/escape.go:28:6: can inline abi.Escape[go.shape.func(go.shape.*uint8)] with cost 8 as: func(*[2]uintptr, go.shape.func(go.shape.*uint8)) go.shape.func(go.shape.*uint8) { if abi.alwaysFalse { abi.escapeSink = abi.x }; return abi.x }
/usr/local/go/src/runtime/mcleanup.go:202:6: cannot inline runtime.callCleanup[go.shape.*uint8]: marked go:noinline
/usr/local/go/src/internal/abi/type.go:192:6: can inline abi.TypeFor[go.shape.struct { main._ [32]uint8 }] with cost 63 as: func(*[3]uintptr) *abi.Type { return (*abi.PtrType)(unsafe.Pointer(abi.TypeOf((*go.shape.struct { main._ [32]uint8 })(nil)))).Elem }
/usr/local/go/src/runtime/mcleanup.go:76:6: cannot inline runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8]: call to GetCallerPC
/usr/local/go/src/runtime/mcleanup.go:183:20: can inline runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8].func1 with cost 62 as: func(*runtime.funcval, unsafe.Pointer) { runtime.callCleanup[go.shape.*uint8](.autotmp_29, runtime.fn, runtime.arg) }
./tuner.go:175:6: cannot inline decide: function too complex: cost 392 exceeds budget 80
./tuner.go:147:6: can inline (*Tuner).arm with cost 63 as: method(*Tuner) func() { runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8](&runtime..dict.AddCleanup[main.gcSentinel,*main.Tuner], new(gcSentinel), (*Tuner).onGC, t) }
./tuner.go:152:6: cannot inline (*Tuner).onGC: unhandled op DEFER
./tuner.go:154:2: can inline (*Tuner).onGC.deferwrap1 with cost 76 as: func() { (*sync.Mutex).Unlock(.autotmp_1) }
./tuner.go:110:6: cannot inline StartTuner: function too complex: cost 350 exceeds budget 80
./tuner.go:212:6: cannot inline (*Tuner).GOGC: unhandled op DEFER
./tuner.go:214:2: can inline (*Tuner).GOGC.deferwrap1 with cost 76 as: func() { (*sync.Mutex).Unlock(.autotmp_2) }
./tuner.go:201:6: cannot inline (*Tuner).Stop: unhandled op DEFER
./tuner.go:203:2: can inline (*Tuner).Stop.deferwrap1 with cost 76 as: func() { (*sync.Mutex).Unlock(.autotmp_3) }
./tune.go:196:10: can inline startWorkloadTuner.func3 with cost 146 as: func() string { g := gctuner.GetGCPercent(); gctuner.Tuning(uint64(0)); return fmt.Sprintf("gctuner: last GOGC %d", ... argument...) }
./tune.go:177:6: cannot inline startWorkloadTuner: function too complex: cost 300 exceeds budget 80
./tune.go:186:10: can inline startWorkloadTuner.func2 with cost 198 as: func() string { g := (*Tuner).GOGC(t); steps, guards := int(.autotmp_4), .autotmp_5; return fmt.Sprintf("tuner: %d steps, last GOGC %d, guard fired %d times", ... argument...) }
./metrics.go:150:6: cannot inline histQuantile: function too complex: cost 115 exceeds budget 80
./metrics.go:123:6: cannot inline GCSample.Since: function too complex: cost 310 exceeds budget 80
./workload.go:99:6: cannot inline peakRSS: function too complex: cost 204 exceeds budget 80
./workload.go:104:2: can inline peakRSS-range1 with cost 238 as: func(string) bool { #tmpState := #state1; #state1 = 2; if #tmpState != 1 { runtime.panicrangestate(#tmpState) }; if ok { f := strings.Fields(rest); if len(f) == 2 && f[1] == "kB" { kb, err := uint64(.autotmp_10), .autotmp_11; if err == nil { #rv1 = kb << uint(10); #next = -1; #state1 = 0; return false } } }; #state1 = 1; return true }
./workload.go:68:6: cannot inline runWorkload: function too complex: cost 649 exceeds budget 80
./main.go:211:6: cannot inline runWorkloadCmd: function too complex: cost 1086 exceeds budget 80
./layout.go:231:6: cannot inline splitTypeArg: function too complex: cost 159 exceeds budget 80
./main.go:268:6: cannot inline runLayout: function too complex: cost 627 exceeds budget 80
./main.go:170:6: cannot inline runPools: function too complex: cost 298 exceeds budget 80
./catalogue.go:40:6: can inline init.0 with cost 14 as: func() { sink.point, sink.str = &point{...}, string(make([]byte, 100)) }
./escape.go:93:6: cannot inline Pos.String: function too complex: cost 146 exceeds budget 80
./main.go:68:6: cannot inline globalUsage: function too complex: cost 205 exceeds budget 80
./main.go:59:6: can inline lookup with cost 15 as: func(string) *command { for loop; return nil }
./main.go:77:6: cannot inline run: function too complex: cost 744 exceeds budget 80
./main.go:21:6: cannot inline main: function too complex: cost 266 exceeds budget 80
./metrics.go:175:6: cannot inline GCInterval.String: function too complex: cost 152 exceeds budget 80
./metrics.go:182:6: can inline posInf with cost 25 as: func() float64 { return math.Inf(1) }
./metrics.go:185:6: can inline runtimeGC with cost 59 as: func() { runtime.GC() }
./pool.go:83:6: can inline (*poolCounters).stats with cost 18 as: method(*poolCounters) func() PoolStats { return PoolStats{...} }
./pool.go:135:6: can inline (*BufferPool).MaxSize with cost 5 as: method(*BufferPool) func() int { return 1 << p.maxShift }
./pool.go:173:6: can inline (*BufferPool).Stats with cost 23 as: method(*BufferPool) func() PoolStats { return (*poolCounters).stats(p.counters) }
./pool.go:181:6: can inline (*Buffer).Write with cost 11 as: method(*Buffer) func([]byte) (int, error) { b.B = append(b.B, p...); return len(p), nil }
./pool.go:311:6: can inline (*CalibratedPool).Sizes with cost 17 as: method(*CalibratedPool) func() (int, int) { return int((*atomic.Int64).Load(p.defaultSize)), int((*atomic.Int64).Load(p.maxSize)) }
./pool.go:316:6: can inline (*CalibratedPool).Stats with cost 23 as: method(*CalibratedPool) func() PoolStats { return (*poolCounters).stats(p.counters) }
./unsafe.go:44:6: can inline BytesToString with cost 6 as: func([]byte) string { return <node unsafe.String> }
./unsafe.go:51:6: can inline StringToBytes with cost 6 as: func(string) []byte { return unsafe.Slice(<node unsafe.StringData>, len(s)) }
./unsafe.go:75:6: can inline NewLEView with cost 4 as: func([]byte) LEView { return LEView{...} }
./unsafe.go:78:6: can inline LEView.Len with cost 4 as: method(LEView) func() int { return len(v.b) }
./unsafe.go:80:6: cannot inline LEView.span: function too complex: cost 123 exceeds budget 80
./unsafe.go:88:6: can inline LEView.Uint16 with cost 80 as: method(LEView) func(int) (uint16, error) { b, err := ([]byte)(.autotmp_6), .autotmp_7; if err != nil { return uint16(0), err }; return binary.littleEndian.Uint16(binary.LittleEndian, b), nil }
./unsafe.go:97:6: can inline LEView.Uint32 with cost 80 as: method(LEView) func(int) (uint32, error) { b, err := ([]byte)(.autotmp_6), .autotmp_7; if err != nil { return uint32(0), err }; return binary.littleEndian.Uint32(binary.LittleEndian, b), nil }
./unsafe.go:106:6: can inline LEView.Uint64 with cost 80 as: method(LEView) func(int) (uint64, error) { b, err := ([]byte)(.autotmp_6), .autotmp_7; if err != nil { return uint64(0), err }; return binary.littleEndian.Uint64(binary.LittleEndian, b), nil }
./unsafe.go:126:6: cannot inline LEView.Uint64s: function too complex: cost 227 exceeds budget 80
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap with cost 63 as: method(*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]) func(*[16]uintptr, *go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }, *go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }) bool { return atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) }
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap with cost 62 as: method(*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]) func(*[16]uintptr, *go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }) *go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] } { return (*go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] })(atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new))) }
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store with cost 61 as: method(*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]) func(*[16]uintptr, *go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }) { atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) }
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load with cost 4 as: method(*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]) func(*[16]uintptr) *go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] } { return (*go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] })(atomic.LoadPointer(&atomic.x.v)) }
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap with cost 63 as: method(*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]) func(*[16]uintptr, *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }, *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }) bool { return atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) }
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap with cost 62 as: method(*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]) func(*[16]uintptr, *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }) *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int } { return (*go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int })(atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new))) }
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store with cost 61 as: method(*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]) func(*[16]uintptr, *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }) { atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) }
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Load with cost 4 as: method(*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]) func(*[16]uintptr) *go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int } { return (*go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int })(atomic.LoadPointer(&atomic.x.v)) }
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[os.dirInfo]).CompareAndSwap with cost 70 as: method(*atomic.Pointer[os.dirInfo]) func(*os.dirInfo, *os.dirInfo) bool { return (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.old, atomic.new) }
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[os.dirInfo]).Swap with cost 68 as: method(*atomic.Pointer[os.dirInfo]) func(*os.dirInfo) *os.dirInfo { return (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.new) }
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[os.dirInfo]).Store with cost 66 as: method(*atomic.Pointer[os.dirInfo]) func(*os.dirInfo) { (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store(atomic.x, &atomic..dict.Pointer[os.dirInfo], atomic.val) }
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[os.dirInfo]).Load with cost 9 as: method(*atomic.Pointer[os.dirInfo]) func() *os.dirInfo { return (*atomic.Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Load(atomic.x, &atomic..dict.Pointer[os.dirInfo]) }
/usr/local/go/src/internal/runtime/atomic/types.go:569:6: can inline atomic.(*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap with cost 68 as: method(*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]) func(*[16]uintptr, *go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }, *go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }) bool { return (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) }
/usr/local/go/src/internal/runtime/atomic/types.go:561:6: can inline atomic.(*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB with cost 11 as: method(*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]) func(*[16]uintptr, *go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }, *go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }) bool { return (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) }
/usr/local/go/src/internal/runtime/atomic/types.go:545:6: can inline atomic.(*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store with cost 64 as: method(*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]) func(*[16]uintptr, *go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }) { (*atomic.UnsafePointer).Store(atomic.p.u, unsafe.Pointer(atomic.value)) }
/usr/local/go/src/internal/runtime/atomic/types.go:538:6: can inline atomic.(*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB with cost 7 as: method(*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]) func(*[16]uintptr, *go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }) { (*atomic.UnsafePointer).StoreNoWB(atomic.p.u, unsafe.Pointer(atomic.value)) }
/usr/local/go/src/internal/runtime/atomic/types.go:525:6: can inline atomic.(*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Load with cost 7 as: method(*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]) func(*[16]uintptr) *go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] } { return (*go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] })((*atomic.UnsafePointer).Load(atomic.p.u)) }
/usr/local/go/src/internal/runtime/atomic/types.go:569:6: can inline atomic.(*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwap with cost 68 as: method(*atomic.Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]) func(*[16]uintptr, *go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75, *go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75) bool { return (*atomic.UnsafePointer).CompareAndSwap(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) }
/usr/local/go/src/internal/runtime/atomic/types.go:561:6: can inline atomic.(*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwapNoWB with cost 11 as: method(*atomic.Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]) func(*[16]uintptr, *go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75, *go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75) bool { return (*atomic.UnsafePointer).CompareAndSwapNoWB(atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) }
/usr/local/go/src/internal/runtime/atomic/types.go:545:6: can inline atomic.(*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).Store with cost 64 as: method(*atomic.Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]) func(*[16]uintptr, *go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75) { (*atomic.UnsafePointer).Store(atomic.p.u, unsafe.Pointer(atomic.value)) }
/usr/local/go/src/internal/runtime/atomic/types.go:538:6: can inline atomic.(*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).StoreNoWB with cost 7 as: method(*atomic.Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]) func(*[16]uintptr, *go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75) { (*atomic.UnsafePointer).StoreNoWB(atomic.p.u, unsafe.Pointer(atomic.value)) }
/usr/local/go/src/internal/runtime/atomic/types.go:525:6: can inline atomic.(*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).Load with cost 7 as: method(*atomic.Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]) func(*[16]uintptr) *go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75 { return (*go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75)((*atomic.UnsafePointer).Load(atomic.p.u)) }
/usr/local/go/src/internal/runtime/atomic/types.go:569:6: can inline atomic.(*Pointer[runtime.m]).CompareAndSwap with cost 75 as: method(*atomic.Pointer[runtime.m]) func(*runtime.m, *runtime.m) bool { return (*atomic.Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) }
/usr/local/go/src/internal/runtime/atomic/types.go:561:6: can inline atomic.(*Pointer[runtime.m]).CompareAndSwapNoWB with cost 18 as: method(*atomic.Pointer[runtime.m]) func(*runtime.m, *runtime.m) bool { return (*atomic.Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new) }
/usr/local/go/src/internal/runtime/atomic/types.go:545:6: can inline atomic.(*Pointer[runtime.m]).Store with cost 69 as: method(*atomic.Pointer[runtime.m]) func(*runtime.m) { (*atomic.Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).Store(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value) }
/usr/local/go/src/internal/runtime/atomic/types.go:538:6: can inline atomic.(*Pointer[runtime.m]).StoreNoWB with cost 12 as: method(*atomic.Pointer[runtime.m]) func(*runtime.m) { (*atomic.Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).StoreNoWB(atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value) }
/usr/local/go/src/internal/runtime/atomic/types.go:525:6: can inline atomic.(*Pointer[runtime.m]).Load with cost 12 as: method(*atomic.Pointer[runtime.m]) func() *runtime.m { return (*atomic.Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).Load(atomic.p, &atomic..dict.Pointer[runtime.m]) }
/usr/local/go/src/internal/runtime/atomic/types.go:569:6: can inline atomic.(*Pointer[runtime._defer]).CompareAndSwap with cost 75 as: method(*atomic.Pointer[runtime._defer]) func(*runtime._defer, *runtime._defer) bool { return (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) }
/usr/local/go/src/internal/runtime/atomic/types.go:561:6: can inline atomic.(*Pointer[runtime._defer]).CompareAndSwapNoWB with cost 18 as: method(*atomic.Pointer[runtime._defer]) func(*runtime._defer, *runtime._defer) bool { return (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new) }
/usr/local/go/src/internal/runtime/atomic/types.go:545:6: can inline atomic.(*Pointer[runtime._defer]).Store with cost 69 as: method(*atomic.Pointer[runtime._defer]) func(*runtime._defer) { (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value) }
/usr/local/go/src/internal/runtime/atomic/types.go:538:6: can inline atomic.(*Pointer[runtime._defer]).StoreNoWB with cost 12 as: method(*atomic.Pointer[runtime._defer]) func(*runtime._defer) { (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB(atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value) }
/usr/local/go/src/internal/runtime/atomic/types.go:525:6: can inline atomic.(*Pointer[runtime._defer]).Load with cost 12 as: method(*atomic.Pointer[runtime._defer]) func() *runtime._defer { return (*atomic.Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Load(atomic.p, &atomic..dict.Pointer[runtime._defer]) }
/usr/local/go/src/runtime/mcleanup.go:76:6: can inline runtime.AddCleanup[main.gcSentinel,*main.Tuner] with cost 65 as: func(*gcSentinel, func(*Tuner), *Tuner) runtime.Cleanup { return runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8](&runtime..dict.AddCleanup[main.gcSentinel,*main.Tuner], runtime.ptr, runtime.cleanup, runtime.arg) }
/usr/local/go/src/slices/sort.go:16:6: cannot inline slices.Sort[[]float64,float64]: function too complex: cost 81 exceeds budget 80
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap with cost 63 as: method(*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]) func(*[16]uintptr, *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }, *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }) bool { return atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) }
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap with cost 62 as: method(*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]) func(*[16]uintptr, *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }) *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo } { return (*go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo })(atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new))) }
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store with cost 61 as: method(*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]) func(*[16]uintptr, *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }) { atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) }
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Load with cost 4 as: method(*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]) func(*[16]uintptr) *go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo } { return (*go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo })(atomic.LoadPointer(&atomic.x.v)) }
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[go/token.File]).CompareAndSwap with cost 70 as: method(*atomic.Pointer[go/token.File]) func(*token.File, *token.File) bool { return (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.old, atomic.new) }
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[go/token.File]).Swap with cost 68 as: method(*atomic.Pointer[go/token.File]) func(*token.File) *token.File { return (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.new) }
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[go/token.File]).Store with cost 66 as: method(*atomic.Pointer[go/token.File]) func(*token.File) { (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store(atomic.x, &atomic..dict.Pointer[go/token.File], atomic.val) }
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[go/token.File]).Load with cost 9 as: method(*atomic.Pointer[go/token.File]) func() *token.File { return (*atomic.Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Load(atomic.x, &atomic..dict.Pointer[go/token.File]) }
/usr/local/go/src/cmp/cmp.go:40:6: can inline cmp.Compare[int64] with cost 63 as: func(int64, int64) int { return cmp.Compare[go.shape.int64](&cmp..dict.Compare[int64], cmp.x, cmp.y) }
/usr/local/go/src/slices/sort.go:37:6: can inline slices.SortStableFunc[[]*go/types.Var,*go/types.Var] with cost 73 as: func([]*types.Var, func(*types.Var, *types.Var) int) { slices.SortStableFunc[go.shape.[]*go/types.Var,go.shape.*uint8](&slices..dict.SortStableFunc[[]*go/types.Var,*go/types.Var], slices.x, slices.cmp) }
/usr/local/go/src/slices/slices.go:353:6: can inline slices.Clone[[]*go/types.Var,*go/types.Var] with cost 17 as: func([]*types.Var) []*types.Var { return slices.Clone[go.shape.[]*go/types.Var,go.shape.*uint8](&slices..dict.Clone[[]*go/types.Var,*go/types.Var], slices.s) }
./gctrace.go:209:6: can inline quantile[time.Duration] with cost 43 as: func([]time.Duration, float64) time.Duration { return quantile[go.shape.int64](&.dict.quantile[time.Duration], xs, q) }
/usr/local/go/src/slices/sort.go:16:6: cannot inline slices.Sort[[]time.Duration,time.Duration]: function too complex: cost 81 exceeds budget 80
/usr/local/go/src/cmp/cmp.go:40:6: can inline cmp.Compare[int] with cost 63 as: func(int, int) int { return cmp.Compare[go.shape.int](&cmp..dict.Compare[int], cmp.x, cmp.y) }
/usr/local/go/src/cmp/cmp.go:40:6: can inline cmp.Compare[string] with cost 63 as: func(string, string) int { return cmp.Compare[go.shape.string](&cmp..dict.Compare[string], cmp.x, cmp.y) }
/usr/local/go/src/cmp/cmp.go:69:6: can inline cmp.Or[int] with cost 24 as: func(...int) int { return cmp.Or[go.shape.int](&cmp..dict.Or[int], cmp.vals...) }
/usr/local/go/src/slices/sort.go:37:6: can inline slices.SortStableFunc[[]main.Finding,main.Finding] with cost 73 as: func([]Finding, func(Finding, Finding) int) { slices.SortStableFunc[go.shape.[]main.Finding,go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }](&slices..dict.SortStableFunc[[]main.Finding,main.Finding], slices.x, slices.cmp) }
/usr/local/go/src/slices/sort.go:37:6: can inline slices.SortStableFunc[[]main.classCalls·3,main.classCalls·3] with cost 73 as: func([]classCalls, func(classCalls, classCalls) int) { slices.SortStableFunc[go.shape.[]main.classCalls·3,go.shape.struct { main.calls uint64; main.size int64 }](&slices..dict.SortStableFunc[[]main.classCalls·3,main.classCalls·3], slices.x, slices.cmp) }
/usr/local/go/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer[sync.poolChainElt]).CompareAndSwap with cost 70 as: method(*atomic.Pointer[sync.poolChainElt]) func(*sync.poolChainElt, *sync.poolChainElt) bool { return (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap(atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.old, atomic.new) }
/usr/local/go/src/sync/atomic/type.go:64:6: can inline atomic.(*Pointer[sync.poolChainElt]).Swap with cost 68 as: method(*atomic.Pointer[sync.poolChainElt]) func(*sync.poolChainElt) *sync.poolChainElt { return (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap(atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.new) }
/usr/local/go/src/sync/atomic/type.go:61:6: can inline atomic.(*Pointer[sync.poolChainElt]).Store with cost 66 as: method(*atomic.Pointer[sync.poolChainElt]) func(*sync.poolChainElt) { (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store(atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.val) }
/usr/local/go/src/sync/atomic/type.go:58:6: can inline atomic.(*Pointer[sync.poolChainElt]).Load with cost 9 as: method(*atomic.Pointer[sync.poolChainElt]) func() *sync.poolChainElt { return (*atomic.Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load(atomic.x, &atomic..dict.Pointer[sync.poolChainElt]) }
./pool.go:126:37: inlining call to ceilLog2
./pool.go:126:66: inlining call to ceilLog2
./pool.go:144:24: inlining call to atomic.(*Uint64).Add
./pool.go:152:23: inlining call to atomic.(*Uint64).Add
./pool.go:166:25: inlining call to atomic.(*Uint64).Add
./burst.go:57:22: inlining call to NewBufferPool
./burst.go:57:22: inlining call to ceilLog2
./burst.go:57:22: inlining call to ceilLog2
./pool.go:237:17: inlining call to atomic.(*Int64).Store
./pool.go:246:23: inlining call to atomic.(*Uint64).Add
./pool.go:247:54: inlining call to atomic.(*Int64).Load
/usr/local/go/src/slices/zsortanyfunc.go:470:20: inlining call to slices.swapRangeCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }]
/usr/local/go/src/slices/zsortanyfunc.go:473:20: inlining call to slices.swapRangeCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }]
/usr/local/go/src/slices/zsortanyfunc.go:478:18: inlining call to slices.swapRangeCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }]
/usr/local/go/src/slices/zsortanyfunc.go:339:23: inlining call to slices.insertionSortCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }]
/usr/local/go/src/slices/zsortanyfunc.go:343:22: inlining call to slices.insertionSortCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }]
./pool.go:271:34: inlining call to atomic.(*Bool).CompareAndSwap
./pool.go:282:23: inlining call to atomic.(*Uint64).Swap
./pool.go:286:23: inlining call to slices.SortStableFunc[go.shape.[]main.classCalls·3,go.shape.struct { main.calls uint64; main.size int64 }]
./pool.go:305:21: inlining call to atomic.(*Int64).Store
./pool.go:306:17: inlining call to atomic.(*Int64).Store
./pool.go:271:34: inlining call to atomic.b32
./pool.go:271:34: inlining call to atomic.b32
./pool.go:274:27: inlining call to atomic.(*Bool).Store
./pool.go:274:27: inlining call to atomic.b32
./pool.go:256:25: inlining call to ceilLog2
./pool.go:257:21: inlining call to atomic.(*Uint64).Add
./pool.go:260:37: inlining call to atomic.(*Int64).Load
./pool.go:261:25: inlining call to atomic.(*Uint64).Add
./burst.go:63:26: inlining call to NewCalibratedPool
./burst.go:63:26: inlining call to atomic.(*Int64).Store
./catalogue.go:64:19: inlining call to inlinableNew
./catalogue.go:81:10: inlining call to catClosureCalledInPlace.func1
./catalogue.go:126:33: inlining call to strconv.AppendInt
./catalogue.go:19:40: inlining call to abs
./catalogue.go:19:51: inlining call to abs
./tune.go:41:115: inlining call to strconv.FormatUint
./tune.go:42:115: inlining call to strconv.FormatUint
./main.go:110:23: inlining call to flag.NewFlagSet
./main.go:111:14: inlining call to flag.(*FlagSet).SetOutput
./main.go:126:16: inlining call to flag.(*FlagSet).SetOutput
./main.go:133:20: inlining call to fmt.Errorf
./main.go:133:20: inlining call to errors.New
./demo.go:49:21: inlining call to filepath.Dir
./demo.go:50:36: inlining call to filepath.Join
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
./demo.go:82:31: inlining call to (*Report).Lookup
./demo.go:90:41: inlining call to Verdict.Heap
./demo.go:66:27: inlining call to tabwriter.NewWriter
./demo.go:75:17: inlining call to tabwriter.(*Writer).Flush
./workload.go:211:27: inlining call to os.Executable
./workload.go:213:30: inlining call to fmt.Errorf
./workload.go:213:30: inlining call to errors.New
./workload.go:191:32: inlining call to strings.CutPrefix
./workload.go:191:32: inlining call to stringslite.CutPrefix
./workload.go:191:32: inlining call to stringslite.HasPrefix
./gctrace.go:97:33: inlining call to regexp.(*Regexp).MatchString
./gctrace.go:102:31: inlining call to fmt.Errorf
./gctrace.go:118:20: inlining call to ParseGCTrace.func1
./gctrace.go:120:19: inlining call to errors.Join
./gctrace.go:122:25: inlining call to ParseGCTrace.func1
./gctrace.go:124:50: inlining call to ParseGCTrace.func2
./gctrace.go:124:60: inlining call to ParseGCTrace.func2
./gctrace.go:124:70: inlining call to ParseGCTrace.func2
./gctrace.go:125:77: inlining call to ParseGCTrace.func2
./gctrace.go:125:87: inlining call to ParseGCTrace.func2
./gctrace.go:125:97: inlining call to ParseGCTrace.func2
./gctrace.go:125:108: inlining call to ParseGCTrace.func2
./gctrace.go:125:119: inlining call to ParseGCTrace.func2
./gctrace.go:126:45: inlining call to ParseGCTrace.func1
./gctrace.go:126:58: inlining call to ParseGCTrace.func1
./gctrace.go:126:71: inlining call to ParseGCTrace.func1
./gctrace.go:127:42: inlining call to ParseGCTrace.func1
./gctrace.go:127:55: inlining call to ParseGCTrace.func1
./gctrace.go:127:68: inlining call to ParseGCTrace.func1
./gctrace.go:128:20: inlining call to ParseGCTrace.func1
./gctrace.go:131:31: inlining call to fmt.Errorf
./gctrace.go:97:33: inlining call to regexp.(*Regexp).doMatch
./gctrace.go:102:31: inlining call to errors.New
./gctrace.go:118:20: inlining call to errors.Join
./gctrace.go:122:25: inlining call to errors.Join
./gctrace.go:124:50: inlining call to errors.Join
./gctrace.go:124:60: inlining call to errors.Join
./gctrace.go:124:70: inlining call to errors.Join
./gctrace.go:125:77: inlining call to errors.Join
./gctrace.go:125:87: inlining call to errors.Join
./gctrace.go:125:97: inlining call to errors.Join
./gctrace.go:125:108: inlining call to errors.Join
./gctrace.go:125:119: inlining call to errors.Join
./gctrace.go:126:45: inlining call to errors.Join
./gctrace.go:126:58: inlining call to errors.Join
./gctrace.go:126:71: inlining call to errors.Join
./gctrace.go:127:42: inlining call to errors.Join
./gctrace.go:127:55: inlining call to errors.Join
./gctrace.go:127:68: inlining call to errors.Join
./gctrace.go:128:20: inlining call to errors.Join
./gctrace.go:131:31: inlining call to errors.New
./gctrace.go:110:20: inlining call to errors.Join
./gctrace.go:115:20: inlining call to errors.Join
./gctrace.go:149:24: inlining call to bufio.NewScanner
./gctrace.go:150:11: inlining call to bufio.(*Scanner).Buffer
./gctrace.go:152:33: inlining call to bufio.(*Scanner).Text
./gctrace.go:157:47: inlining call to bufio.(*Scanner).Text
./gctrace.go:161:32: inlining call to bufio.(*Scanner).Text
./gctrace.go:165:18: inlining call to bufio.(*Scanner).Err
./gctrace.go:166:26: inlining call to fmt.Errorf
./gctrace.go:166:26: inlining call to errors.New
./workload.go:140:25: inlining call to fmt.Errorf
./workload.go:143:41: inlining call to os.Environ
./workload.go:148:25: inlining call to fmt.Errorf
./workload.go:152:25: inlining call to fmt.Errorf
./workload.go:154:72: inlining call to orDiscard
./workload.go:154:54: inlining call to io.MultiWriter
./workload.go:157:118: inlining call to bytes.(*Buffer).String
./workload.go:157:25: inlining call to fmt.Errorf
./workload.go:162:54: inlining call to bytes.(*Buffer).String
./workload.go:165:57: inlining call to bytes.(*Buffer).String
./workload.go:165:43: inlining call to strings.NewReader
./workload.go:165:25: inlining call to bufio.NewScanner
./workload.go:167:37: inlining call to bufio.(*Scanner).Text
./workload.go:172:26: inlining call to fmt.Errorf
./workload.go:140:25: inlining call to errors.New
./workload.go:148:25: inlining call to errors.New
./workload.go:152:25: inlining call to errors.New
./workload.go:157:25: inlining call to errors.New
./workload.go:172:26: inlining call to errors.New
./gctrace.go:250:65: inlining call to strconv.FormatFloat
./gctrace.go:250:65: inlining call to strconv.FormatFloat
./gctrace.go:252:60: inlining call to time.Duration.Seconds
./gctrace.go:254:16: inlining call to strings.(*Builder).WriteString
./gctrace.go:257:5: inlining call to formatGCTrace.func1
./gctrace.go:257:26: inlining call to formatGCTrace.func1
./gctrace.go:257:42: inlining call to formatGCTrace.func1
./gctrace.go:258:5: inlining call to formatGCTrace.func1
./gctrace.go:258:25: inlining call to formatGCTrace.func1
./gctrace.go:258:42: inlining call to formatGCTrace.func1
./gctrace.go:258:63: inlining call to formatGCTrace.func1
./gctrace.go:258:78: inlining call to formatGCTrace.func1
./gctrace.go:261:16: inlining call to strings.(*Builder).WriteString
./gctrace.go:263:17: inlining call to strings.(*Builder).String
./gctrace.go:254:16: inlining call to strings.(*Builder).copyCheck
./gctrace.go:257:5: inlining call to strconv.FormatFloat
./gctrace.go:257:26: inlining call to strconv.FormatFloat
./gctrace.go:257:42: inlining call to strconv.FormatFloat
./gctrace.go:258:5: inlining call to strconv.FormatFloat
./gctrace.go:258:25: inlining call to strconv.FormatFloat
./gctrace.go:258:42: inlining call to strconv.FormatFloat
./gctrace.go:258:63: inlining call to strconv.FormatFloat
./gctrace.go:258:78: inlining call to strconv.FormatFloat
./gctrace.go:261:16: inlining call to strings.(*Builder).copyCheck
./gctrace.go:254:16: inlining call to abi.NoEscape
./gctrace.go:257:5: inlining call to strconv.FormatFloat
./gctrace.go:257:26: inlining call to strconv.FormatFloat
./gctrace.go:257:42: inlining call to strconv.FormatFloat
./gctrace.go:258:5: inlining call to strconv.FormatFloat
./gctrace.go:258:25: inlining call to strconv.FormatFloat
./gctrace.go:258:42: inlining call to strconv.FormatFloat
./gctrace.go:258:63: inlining call to strconv.FormatFloat
./gctrace.go:258:78: inlining call to strconv.FormatFloat
./gctrace.go:261:16: inlining call to abi.NoEscape
/usr/local/go/src/cmp/cmp.go:29:15: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/cmp/cmp.go:29:28: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:14:32: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:14:32: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:14:32: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:29:30: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:32:15: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:29:30: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:29:30: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:32:15: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:32:15: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:246:28: inlining call to slices.nextPowerOfTwo
/usr/local/go/src/slices/zsortordered.go:249:33: inlining call to slices.(*xorshift).Next
/usr/local/go/src/slices/zsortordered.go:301:13: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:301:13: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:301:13: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:310:22: inlining call to slices.order2Ordered[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:311:22: inlining call to slices.order2Ordered[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:312:22: inlining call to slices.order2Ordered[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:310:22: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:311:22: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:312:22: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:310:22: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:310:22: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:311:22: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:311:22: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:312:22: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:312:22: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:281:29: inlining call to slices.medianAdjacentOrdered[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:282:29: inlining call to slices.medianAdjacentOrdered[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:283:29: inlining call to slices.medianAdjacentOrdered[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:204:25: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:221:17: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:230:17: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:204:25: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:204:25: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:221:17: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:221:17: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:230:17: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:230:17: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:180:26: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:183:25: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:180:26: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:180:26: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:183:25: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:183:25: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:141:24: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:144:25: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:156:25: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:159:26: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:141:24: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:141:24: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:144:25: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:144:25: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:156:25: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:156:25: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:159:26: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:159:26: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:93:23: inlining call to slices.reverseRangeOrdered[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:110:24: inlining call to cmp.Less[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:110:24: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/zsortordered.go:110:24: inlining call to cmp.isNaN[go.shape.int64]
./gctrace.go:195:24: inlining call to GCTrace.STW
./gctrace.go:200:13: inlining call to slices.Sort[go.shape.[]time.Duration,go.shape.int64]
./gctrace.go:201:35: inlining call to quantile[go.shape.int64]
./gctrace.go:201:59: inlining call to quantile[go.shape.int64]
./gctrace.go:221:23: inlining call to bufio.NewWriter
./gctrace.go:223:28: inlining call to tabwriter.NewWriter
./gctrace.go:227:10: inlining call to GCTrace.STW
./gctrace.go:229:11: inlining call to tabwriter.(*Writer).Flush
./gctrace.go:221:23: inlining call to bufio.NewWriterSize
./tune.go:84:33: inlining call to WorkloadSpec.withDefaults
./tune.go:89:25: inlining call to fmt.Errorf
./tune.go:97:54: inlining call to strconv.Itoa
./tune.go:97:89: inlining call to strconv.Itoa
./tune.go:98:25: inlining call to strconv.Itoa
./tune.go:100:72: inlining call to strconv.FormatUint
./tune.go:108:27: inlining call to fmt.Errorf
./tune.go:89:25: inlining call to errors.New
./tune.go:97:54: inlining call to strconv.Itoa
./tune.go:97:89: inlining call to strconv.Itoa
./tune.go:98:25: inlining call to strconv.Itoa
./tune.go:108:27: inlining call to errors.New
/usr/local/go/src/cmp/cmp.go:29:15: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/cmp/cmp.go:29:28: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:14:32: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:14:32: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:14:32: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:29:30: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:32:15: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:29:30: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:29:30: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:32:15: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:32:15: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:246:28: inlining call to slices.nextPowerOfTwo
/usr/local/go/src/slices/zsortordered.go:249:33: inlining call to slices.(*xorshift).Next
/usr/local/go/src/slices/zsortordered.go:301:13: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:301:13: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:301:13: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:310:22: inlining call to slices.order2Ordered[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:311:22: inlining call to slices.order2Ordered[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:312:22: inlining call to slices.order2Ordered[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:310:22: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:311:22: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:312:22: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:310:22: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:310:22: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:311:22: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:311:22: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:312:22: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:312:22: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:281:29: inlining call to slices.medianAdjacentOrdered[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:282:29: inlining call to slices.medianAdjacentOrdered[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:283:29: inlining call to slices.medianAdjacentOrdered[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:204:25: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:221:17: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:230:17: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:204:25: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:204:25: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:221:17: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:221:17: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:230:17: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:230:17: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:180:26: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:183:25: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:180:26: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:180:26: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:183:25: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:183:25: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:141:24: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:144:25: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:156:25: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:159:26: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:141:24: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:141:24: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:144:25: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:144:25: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:156:25: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:156:25: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:159:26: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:159:26: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:93:23: inlining call to slices.reverseRangeOrdered[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:110:24: inlining call to cmp.Less[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:110:24: inlining call to cmp.isNaN[go.shape.float64]
/usr/local/go/src/slices/zsortordered.go:110:24: inlining call to cmp.isNaN[go.shape.float64]
./tune.go:59:13: inlining call to slices.Sort[go.shape.[]float64,go.shape.float64]
./tune.go:120:27: inlining call to tabwriter.NewWriter
./tune.go:128:22: inlining call to TuneRow.spread
./tune.go:130:21: inlining call to TuneRow.spread
./tune.go:144:20: inlining call to tabwriter.(*Writer).Flush
./tune.go:128:22: inlining call to writeTuneTable.func1
./tune.go:130:21: inlining call to writeTuneTable.func2
./demo.go:128:42: inlining call to WorkloadSpec.withDefaults
./layout.go:72:21: inlining call to types.SizesFor
./layout.go:72:21: inlining call to types.gcSizesFor
./layout.go:141:61: inlining call to types.(*Package).Name
./layout.go:81:16: inlining call to types.(*Basic).Kind
./layout.go:93:11: inlining call to types.(*Array).Len
./layout.go:96:27: inlining call to types.(*Array).Elem
./layout.go:97:17: inlining call to types.(*Array).Len
./layout.go:97:38: inlining call to types.(*Array).Elem
./layout.go:101:43: inlining call to types.(*Struct).NumFields
./layout.go:103:23: inlining call to types.(*Struct).Field
./layout.go:108:29: inlining call to types.(*object).Type
./layout.go:122:33: inlining call to types.(*object).Name
./layout.go:122:66: inlining call to types.(*object).Type
./layout.go:123:25: inlining call to types.(*object).Type
./layout.go:123:53: inlining call to types.(*object).Type
./layout.go:123:83: inlining call to types.(*object).Type
/usr/local/go/src/slices/zsortanyfunc.go:470:20: inlining call to slices.swapRangeCmpFunc[go.shape.*uint8]
/usr/local/go/src/slices/zsortanyfunc.go:473:20: inlining call to slices.swapRangeCmpFunc[go.shape.*uint8]
/usr/local/go/src/slices/zsortanyfunc.go:478:18: inlining call to slices.swapRangeCmpFunc[go.shape.*uint8]
/usr/local/go/src/slices/zsortanyfunc.go:339:23: inlining call to slices.insertionSortCmpFunc[go.shape.*uint8]
/usr/local/go/src/slices/zsortanyfunc.go:343:22: inlining call to slices.insertionSortCmpFunc[go.shape.*uint8]
/usr/local/go/src/cmp/cmp.go:41:15: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/cmp/cmp.go:42:15: inlining call to cmp.isNaN[go.shape.int64]
./layout.go:149:21: inlining call to slices.Clone[go.shape.[]*go/types.Var,go.shape.*uint8]
./layout.go:150:23: inlining call to slices.SortStableFunc[go.shape.[]*go/types.Var,go.shape.*uint8]
./layout.go:151:28: inlining call to types.(*object).Type
./layout.go:151:48: inlining call to types.(*object).Type
./layout.go:158:39: inlining call to types.(*object).Type
./layout.go:158:60: inlining call to types.(*object).Type
./layout.go:158:22: inlining call to cmp.Compare[go.shape.int64]
./layout.go:161:29: inlining call to types.(*object).Type
./layout.go:161:50: inlining call to types.(*object).Type
./layout.go:169:23: inlining call to cmp.Compare[go.shape.int64]
./layout.go:173:21: inlining call to cmp.Compare[go.shape.int64]
./layout.go:158:22: inlining call to cmp.isNaN[go.shape.int64]
./layout.go:158:22: inlining call to cmp.isNaN[go.shape.int64]
./layout.go:169:23: inlining call to cmp.isNaN[go.shape.int64]
./layout.go:169:23: inlining call to cmp.isNaN[go.shape.int64]
./layout.go:173:21: inlining call to cmp.isNaN[go.shape.int64]
./layout.go:173:21: inlining call to cmp.isNaN[go.shape.int64]
./layout.go:219:25: inlining call to fmt.Errorf
./layout.go:221:43: inlining call to types.(*Struct).NumFields
./layout.go:223:23: inlining call to types.(*Struct).Field
./layout.go:219:25: inlining call to errors.New
./layout.go:195:25: inlining call to fmt.Errorf
./layout.go:198:25: inlining call to fmt.Errorf
./layout.go:204:21: inlining call to packages.Error.Error
./layout.go:206:25: inlining call to fmt.Errorf
./layout.go:208:22: inlining call to types.(*Package).Scope
./layout.go:211:25: inlining call to fmt.Errorf
./layout.go:213:28: inlining call to types.(*object).Name
./layout.go:213:39: inlining call to types.(*object).Type
./layout.go:195:25: inlining call to errors.New
./layout.go:198:25: inlining call to errors.New
./layout.go:206:25: inlining call to errors.New
./layout.go:211:25: inlining call to errors.New
./layout.go:244:108: inlining call to StructLayout.Padding
./layout.go:245:28: inlining call to tabwriter.NewWriter
./layout.go:254:11: inlining call to tabwriter.(*Writer).Flush
./demo.go:145:20: inlining call to fmt.Errorf
./demo.go:145:20: inlining call to errors.New
./burst.go:97:27: inlining call to burstSize
./burst.go:104:26: inlining call to burstSize
./burst.go:136:18: inlining call to liveHeap
./burst.go:148:27: inlining call to tabwriter.NewWriter
./burst.go:160:17: inlining call to tabwriter.(*Writer).Flush
./demo.go:35:21: inlining call to fmt.Errorf
./demo.go:35:21: inlining call to errors.New
./main.go:139:15: inlining call to (*command).flags
./main.go:143:12: inlining call to flag.(*FlagSet).NArg
./main.go:144:65: inlining call to flag.(*FlagSet).Args
./main.go:144:20: inlining call to fmt.Errorf
./main.go:139:15: inlining call to flag.NewFlagSet
./main.go:139:15: inlining call to flag.(*FlagSet).SetOutput
./main.go:144:20: inlining call to errors.New
./escape.go:576:24: inlining call to json.NewEncoder
./escape.go:577:19: inlining call to json.(*Encoder).SetEscapeHTML
./escape.go:578:15: inlining call to json.(*Encoder).SetIndent
./escape.go:582:12: inlining call to (*Report).Groups
./escape.go:533:23: inlining call to bufio.NewWriter
./escape.go:534:28: inlining call to (*Report).Groups
./escape.go:533:23: inlining call to bufio.NewWriterSize
./main.go:150:15: inlining call to (*command).flags
./main.go:157:12: inlining call to flag.(*FlagSet).NArg
./main.go:158:85: inlining call to flag.(*FlagSet).NArg
./main.go:158:20: inlining call to fmt.Errorf
./main.go:160:40: inlining call to flag.(*FlagSet).Arg
./main.go:162:44: inlining call to flag.(*FlagSet).Arg
./main.go:162:20: inlining call to fmt.Errorf
./main.go:150:15: inlining call to flag.NewFlagSet
./main.go:150:15: inlining call to flag.(*FlagSet).SetOutput
./main.go:158:20: inlining call to errors.New
./main.go:162:20: inlining call to errors.New
./main.go:182:15: inlining call to (*command).flags
./main.go:188:22: inlining call to flag.(*FlagSet).Args
./main.go:198:20: inlining call to fmt.Errorf
./main.go:201:25: inlining call to json.NewEncoder
./main.go:202:16: inlining call to json.(*Encoder).SetIndent
./main.go:182:15: inlining call to flag.NewFlagSet
./main.go:182:15: inlining call to flag.(*FlagSet).SetOutput
./main.go:198:20: inlining call to errors.New
./tuner.go:224:19: inlining call to os.Open
./tuner.go:226:23: inlining call to fmt.Errorf
./tuner.go:230:24: inlining call to bufio.NewScanner
./tuner.go:232:34: inlining call to bufio.(*Scanner).Text
./tuner.go:232:26: inlining call to strings.SplitN
./tuner.go:239:24: inlining call to strings.Contains
./tuner.go:243:18: inlining call to bufio.(*Scanner).Err
./tuner.go:244:23: inlining call to fmt.Errorf
./tuner.go:250:59: inlining call to filepath.Clean
./tuner.go:250:38: inlining call to filepath.Join
./tuner.go:253:69: inlining call to filepath.Clean
./tuner.go:253:38: inlining call to filepath.Join
./tuner.go:256:23: inlining call to fmt.Errorf
./tuner.go:268:23: inlining call to fmt.Errorf
./tuner.go:272:23: inlining call to fmt.Errorf
./tuner.go:276:23: inlining call to fmt.Errorf
./tuner.go:279:23: inlining call to fmt.Errorf
./tuner.go:226:23: inlining call to errors.New
./tuner.go:239:24: inlining call to strings.Index
./tuner.go:244:23: inlining call to errors.New
./tuner.go:256:23: inlining call to errors.New
./tuner.go:268:23: inlining call to errors.New
./tuner.go:272:23: inlining call to errors.New
./tuner.go:276:23: inlining call to errors.New
./tuner.go:279:23: inlining call to errors.New
./tuner.go:228:15: inlining call to os.(*File).Close
./main.go:238:15: inlining call to (*command).flags
./main.go:241:11: inlining call to flag.(*FlagSet).IntVar
./main.go:242:11: inlining call to flag.(*FlagSet).IntVar
./main.go:243:11: inlining call to flag.(*FlagSet).IntVar
./main.go:247:12: inlining call to flag.(*FlagSet).NArg
./main.go:248:20: inlining call to fmt.Errorf
./main.go:254:21: inlining call to fmt.Errorf
./main.go:264:76: inlining call to WorkloadSpec.withDefaults
./main.go:238:15: inlining call to flag.NewFlagSet
./main.go:238:15: inlining call to flag.(*FlagSet).SetOutput
./main.go:241:11: inlining call to flag.newIntValue
./main.go:242:11: inlining call to flag.newIntValue
./main.go:243:11: inlining call to flag.newIntValue
./main.go:248:20: inlining call to errors.New
./main.go:254:21: inlining call to errors.New
./metrics.go:71:14: inlining call to metrics.Read
./metrics.go:76:29: inlining call to metrics.Value.Uint64
./metrics.go:78:29: inlining call to metrics.Value.Uint64
./metrics.go:80:39: inlining call to metrics.Value.Float64Histogram
./metrics.go:82:31: inlining call to metrics.Value.Uint64
./metrics.go:84:31: inlining call to metrics.Value.Uint64
./metrics.go:86:34: inlining call to metrics.Value.Uint64
./metrics.go:88:33: inlining call to metrics.Value.Uint64
./metrics.go:90:35: inlining call to metrics.Value.Uint64
./metrics.go:92:29: inlining call to metrics.Value.Float64
./metrics.go:94:32: inlining call to metrics.Value.Float64
./metrics.go:96:30: inlining call to metrics.Value.Uint64
./metrics.go:98:30: inlining call to metrics.Value.Uint64
./metrics.go:100:33: inlining call to metrics.Value.Uint64
./metrics.go:102:37: inlining call to metrics.Value.Uint64
./metrics.go:92:29: inlining call to math.Float64frombits
./metrics.go:94:32: inlining call to math.Float64frombits
/usr/local/go/src/runtime/mcleanup.go:83:18: inlining call to abi.Escape[go.shape.*uint8]
/usr/local/go/src/runtime/mcleanup.go:84:22: inlining call to abi.Escape[go.shape.func(go.shape.*uint8)]
/usr/local/go/src/runtime/mcleanup.go:94:22: inlining call to abi.(*Type).Kind
/usr/local/go/src/runtime/mcleanup.go:100:21: inlining call to runtime.inUserArenaChunk
/usr/local/go/src/runtime/mcleanup.go:132:28: inlining call to runtime.isGoPointerWithoutSpan
/usr/local/go/src/runtime/mcleanup.go:173:21: inlining call to runtime.(*cleanupQueue).needG
/usr/local/go/src/runtime/mcleanup.go:189:56: inlining call to abi.TypeFor[go.shape.struct { main._ [32]uint8 }]
/usr/local/go/src/runtime/mcleanup.go:100:21: inlining call to runtime.spanOf
/usr/local/go/src/runtime/mcleanup.go:173:21: inlining call to atomic.(*Uint32).Load
/usr/local/go/src/runtime/mcleanup.go:173:21: inlining call to runtime.maxCleanupGs
/usr/local/go/src/runtime/mcleanup.go:173:21: inlining call to atomic.(*Uint32).Load
/usr/local/go/src/runtime/mcleanup.go:100:21: inlining call to runtime.arenaIndex
/usr/local/go/src/runtime/mcleanup.go:100:21: inlining call to runtime.arenaIdx.l2
/usr/local/go/src/runtime/mcleanup.go:100:21: inlining call to runtime.arenaIdx.l1
/usr/local/go/src/runtime/mcleanup.go:100:21: inlining call to runtime.arenaIdx.l2
./tuner.go:153:11: inlining call to sync.(*Mutex).Lock
./tuner.go:170:7: inlining call to (*Tuner).arm
./tuner.go:153:11: inlining call to sync.(*Mutex).Lock
./tuner.go:154:19: inlining call to sync.(*Mutex).Unlock
./tuner.go:154:19: inlining call to sync.(*Mutex).Unlock
./tuner.go:138:7: inlining call to (*Tuner).arm
./tuner.go:213:11: inlining call to sync.(*Mutex).Lock
./tuner.go:213:11: inlining call to sync.(*Mutex).Lock
./tuner.go:214:19: inlining call to sync.(*Mutex).Unlock
./tuner.go:214:19: inlining call to sync.(*Mutex).Unlock
./tuner.go:202:11: inlining call to sync.(*Mutex).Lock
./tuner.go:202:11: inlining call to sync.(*Mutex).Lock
./tuner.go:203:19: inlining call to sync.(*Mutex).Unlock
./tuner.go:203:19: inlining call to sync.(*Mutex).Unlock
./tune.go:197:29: inlining call to gctuner.GetGCPercent
./tune.go:197:29: inlining call to gctuner.(*tuner).getGCPercent
./tune.go:202:24: inlining call to fmt.Errorf
./tune.go:202:24: inlining call to errors.New
./metrics.go:165:17: inlining call to math.IsInf
./metrics.go:165:17: inlining call to math.Abs
./metrics.go:165:17: inlining call to math.Float64bits
./metrics.go:165:17: inlining call to math.Float64frombits
./workload.go:104:33: inlining call to strings.Lines
/usr/local/go/src/strings/iter.go:19:9: can inline peakRSS.Lines.func1 with cost 129 as: func(func(string) bool) { for loop }
./workload.go:104:2: inlining call to peakRSS.Lines.func1
./workload.go:104:2: inlining call to strings.IndexByte
./workload.go:104:2: inlining call to peakRSS-range1
./workload.go:104:2: inlining call to stringslite.IndexByte
./workload.go:104:2: inlining call to strings.CutPrefix
./workload.go:104:2: inlining call to stringslite.CutPrefix
./workload.go:104:2: inlining call to stringslite.HasPrefix
./workload.go:105:35: inlining call to strings.CutPrefix
./workload.go:105:35: inlining call to stringslite.CutPrefix
./workload.go:105:35: inlining call to stringslite.HasPrefix
./workload.go:69:26: inlining call to WorkloadSpec.withDefaults
./main.go:212:15: inlining call to (*command).flags
./main.go:214:11: inlining call to flag.(*FlagSet).IntVar
./main.go:215:11: inlining call to flag.(*FlagSet).IntVar
./main.go:216:11: inlining call to flag.(*FlagSet).IntVar
./main.go:222:12: inlining call to flag.(*FlagSet).NArg
./main.go:223:20: inlining call to fmt.Errorf
./main.go:226:20: inlining call to fmt.Errorf
./main.go:230:20: inlining call to fmt.Errorf
./main.go:234:24: inlining call to json.NewEncoder
./main.go:212:15: inlining call to flag.NewFlagSet
./main.go:212:15: inlining call to flag.(*FlagSet).SetOutput
./main.go:214:11: inlining call to flag.newIntValue
./main.go:215:11: inlining call to flag.newIntValue
./main.go:216:11: inlining call to flag.newIntValue
./main.go:223:20: inlining call to errors.New
./main.go:226:20: inlining call to errors.New
./main.go:230:20: inlining call to errors.New
./main.go:269:15: inlining call to (*command).flags
./main.go:274:12: inlining call to flag.(*FlagSet).NArg
./main.go:275:91: inlining call to flag.(*FlagSet).NArg
./main.go:275:20: inlining call to fmt.Errorf
./main.go:277:16: inlining call to flag.(*FlagSet).Arg
./main.go:283:20: inlining call to fmt.Errorf
./main.go:269:15: inlining call to flag.NewFlagSet
./main.go:269:15: inlining call to flag.(*FlagSet).SetOutput
./main.go:275:20: inlining call to errors.New
./main.go:283:20: inlining call to errors.New
./main.go:171:15: inlining call to (*command).flags
./main.go:175:12: inlining call to flag.(*FlagSet).NArg
./main.go:176:66: inlining call to flag.(*FlagSet).Args
./main.go:176:20: inlining call to fmt.Errorf
./main.go:171:15: inlining call to flag.NewFlagSet
./main.go:171:15: inlining call to flag.(*FlagSet).SetOutput
./main.go:176:20: inlining call to errors.New
./escape.go:165:29: inlining call to errors.New
./escape.go:337:26: inlining call to errors.New
./gctrace.go:72:28: inlining call to errors.New
./gctrace.go:75:31: inlining call to errors.New
./layout.go:184:32: inlining call to errors.New
./layout.go:187:30: inlining call to errors.New
./main.go:29:26: inlining call to errors.New
./tuner.go:88:35: inlining call to errors.New
./tuner.go:91:28: inlining call to errors.New
./unsafe.go:58:23: inlining call to errors.New
./unsafe.go:61:28: inlining call to errors.New
./unsafe.go:64:31: inlining call to errors.New
./unsafe.go:118:2: inlining call to init.func33
./workload.go:132:26: inlining call to errors.New
./main.go:84:26: inlining call to strings.HasPrefix
./main.go:88:13: inlining call to lookup
./main.go:91:19: inlining call to fmt.Errorf
./main.go:99:63: inlining call to strings.TrimSuffix
./main.go:84:26: inlining call to stringslite.HasPrefix
./main.go:91:19: inlining call to errors.New
./main.go:99:63: inlining call to stringslite.TrimSuffix
./main.go:99:63: inlining call to stringslite.HasSuffix
./main.go:22:54: inlining call to context.Background
./metrics.go:182:40: inlining call to math.Inf
./metrics.go:182:40: inlining call to math.Float64frombits
./pool.go:84:32: inlining call to atomic.(*Uint64).Load
./pool.go:84:50: inlining call to atomic.(*Uint64).Load
./pool.go:173:65: inlining call to (*poolCounters).stats
./pool.go:173:65: inlining call to atomic.(*Uint64).Load
./pool.go:173:65: inlining call to atomic.(*Uint64).Load
./pool.go:312:31: inlining call to atomic.(*Int64).Load
./pool.go:312:54: inlining call to atomic.(*Int64).Load
./pool.go:316:69: inlining call to (*poolCounters).stats
./pool.go:316:69: inlining call to atomic.(*Uint64).Load
./pool.go:316:69: inlining call to atomic.(*Uint64).Load
./unsafe.go:82:25: inlining call to fmt.Errorf
./unsafe.go:82:25: inlining call to errors.New
./unsafe.go:93:35: inlining call to binary.littleEndian.Uint16
./unsafe.go:102:35: inlining call to binary.littleEndian.Uint32
./unsafe.go:111:35: inlining call to binary.littleEndian.Uint64
./unsafe.go:135:25: inlining call to fmt.Errorf
./unsafe.go:138:25: inlining call to fmt.Errorf
./unsafe.go:135:25: inlining call to errors.New
./unsafe.go:138:25: inlining call to errors.New
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }]).Load
/usr/local/go/src/internal/runtime/atomic/types.go:570:27: inlining call to atomic.(*UnsafePointer).CompareAndSwap
/usr/local/go/src/internal/runtime/atomic/types.go:562:31: inlining call to atomic.(*UnsafePointer).CompareAndSwapNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:546:11: inlining call to atomic.(*UnsafePointer).Store
/usr/local/go/src/internal/runtime/atomic/types.go:539:15: inlining call to atomic.(*UnsafePointer).StoreNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:526:22: inlining call to atomic.(*UnsafePointer).Load
/usr/local/go/src/internal/runtime/atomic/types.go:570:27: inlining call to atomic.(*UnsafePointer).CompareAndSwap
/usr/local/go/src/internal/runtime/atomic/types.go:562:31: inlining call to atomic.(*UnsafePointer).CompareAndSwapNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:546:11: inlining call to atomic.(*UnsafePointer).Store
/usr/local/go/src/internal/runtime/atomic/types.go:539:15: inlining call to atomic.(*UnsafePointer).StoreNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:526:22: inlining call to atomic.(*UnsafePointer).Load
/usr/local/go/src/internal/runtime/atomic/types.go:569:6: inlining call to atomic.(*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwap
/usr/local/go/src/internal/runtime/atomic/types.go:569:6: inlining call to atomic.(*UnsafePointer).CompareAndSwap
/usr/local/go/src/internal/runtime/atomic/types.go:561:6: inlining call to atomic.(*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwapNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:561:6: inlining call to atomic.(*UnsafePointer).CompareAndSwapNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:545:6: inlining call to atomic.(*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).Store
/usr/local/go/src/internal/runtime/atomic/types.go:545:6: inlining call to atomic.(*UnsafePointer).Store
/usr/local/go/src/internal/runtime/atomic/types.go:538:6: inlining call to atomic.(*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).StoreNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:538:6: inlining call to atomic.(*UnsafePointer).StoreNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:525:6: inlining call to atomic.(*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).Load
/usr/local/go/src/internal/runtime/atomic/types.go:525:6: inlining call to atomic.(*UnsafePointer).Load
/usr/local/go/src/internal/runtime/atomic/types.go:569:6: inlining call to atomic.(*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap
/usr/local/go/src/internal/runtime/atomic/types.go:569:6: inlining call to atomic.(*UnsafePointer).CompareAndSwap
/usr/local/go/src/internal/runtime/atomic/types.go:561:6: inlining call to atomic.(*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:561:6: inlining call to atomic.(*UnsafePointer).CompareAndSwapNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:545:6: inlining call to atomic.(*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store
/usr/local/go/src/internal/runtime/atomic/types.go:545:6: inlining call to atomic.(*UnsafePointer).Store
/usr/local/go/src/internal/runtime/atomic/types.go:538:6: inlining call to atomic.(*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:538:6: inlining call to atomic.(*UnsafePointer).StoreNoWB
/usr/local/go/src/internal/runtime/atomic/types.go:525:6: inlining call to atomic.(*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Load
/usr/local/go/src/internal/runtime/atomic/types.go:525:6: inlining call to atomic.(*UnsafePointer).Load
/usr/local/go/src/slices/sort.go:16:6: inlining call to slices.Sort[go.shape.[]float64,go.shape.float64]
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.struct { go/token.name string; go/token.base int; go/token.size int; go/token.mutex sync.Mutex; go/token.lines []int; go/token.infos []go/token.lineInfo }]).Load
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.Compare[go.shape.int64]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.int64]
/usr/local/go/src/slices/sort.go:37:6: inlining call to slices.SortStableFunc[go.shape.[]*go/types.Var,go.shape.*uint8]
/usr/local/go/src/slices/slices.go:353:6: inlining call to slices.Clone[go.shape.[]*go/types.Var,go.shape.*uint8]
./gctrace.go:209:6: inlining call to quantile[go.shape.int64]
/usr/local/go/src/slices/sort.go:16:6: inlining call to slices.Sort[go.shape.[]time.Duration,go.shape.int64]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.Compare[go.shape.int]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.int]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.int]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.Compare[go.shape.string]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.string]
/usr/local/go/src/cmp/cmp.go:40:6: inlining call to cmp.isNaN[go.shape.string]
/usr/local/go/src/cmp/cmp.go:69:6: inlining call to cmp.Or[go.shape.int]
/usr/local/go/src/slices/sort.go:37:6: inlining call to slices.SortStableFunc[go.shape.[]main.Finding,go.shape.struct { Pos main.Pos "json:\"pos\""; Verdict main.Verdict "json:\"verdict\""; Expr string "json:\"expr\""; Detail string "json:\"detail,omitempty\""; Func string "json:\"func,omitempty\""; Flows []main.Flow "json:\"flows,omitempty\"" }]
/usr/local/go/src/slices/sort.go:37:6: inlining call to slices.SortStableFunc[go.shape.[]main.classCalls·3,go.shape.struct { main.calls uint64; main.size int64 }]
/usr/local/go/src/sync/atomic/type.go:67:6: inlining call to atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap
/usr/local/go/src/sync/atomic/type.go:64:6: inlining call to atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap
/usr/local/go/src/sync/atomic/type.go:61:6: inlining call to atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store
/usr/local/go/src/sync/atomic/type.go:58:6: inlining call to atomic.(*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load
<autogenerated>:1: inlining call to Verdict.Heap
<autogenerated>:1: inlining call to point.norm1
<autogenerated>:1: inlining call to abs
<autogenerated>:1: inlining call to abs
<autogenerated>:1: inlining call to WorkloadSpec.withDefaults
<autogenerated>:1: inlining call to GCTrace.STW
<autogenerated>:1: inlining call to StructLayout.Padding
<autogenerated>:1: inlining call to TuneRow.spread
<autogenerated>:1: inlining call to LEView.Len
<autogenerated>:1: inlining call to LEView.Uint16
<autogenerated>:1: inlining call to binary.littleEndian.Uint16
<autogenerated>:1: inlining call to LEView.Uint32
<autogenerated>:1: inlining call to binary.littleEndian.Uint32
<autogenerated>:1: inlining call to LEView.Uint64
<autogenerated>:1: inlining call to binary.littleEndian.Uint64
<autogenerated>:1: inlining call to sync.(*poolDequeue).pack
<autogenerated>:1: inlining call to sync.(*poolDequeue).unpack
<autogenerated>:1: inlining call to point.norm1
<autogenerated>:1: inlining call to abs
<autogenerated>:1: inlining call to abs
./pool.go:149:6: (*BufferPool).Get ignoring self-assignment in *b = (*b)[:n]
./pool.go:139:7: parameter p leaks to {heap} for (*BufferPool).Get with derefs=1:
./pool.go:139:7:   flow: {heap} ← *p:
./pool.go:139:7:     from p.classes (dot of pointer) at ./pool.go:148:15
./pool.go:139:7:     from p.classes[i] (dot of pointer) at ./pool.go:148:23
./pool.go:139:7:     from p.classes[i] (address-of) at ./pool.go:148:26
./pool.go:139:7:     from (*sync.Pool).Get(p.classes[i]) (call parameter) at ./pool.go:148:30
./pool.go:145:3: b escapes to heap in (*BufferPool).Get:
./pool.go:145:3:   flow: ~r0 ← &b:
./pool.go:145:3:     from &b (address-of) at ./pool.go:146:10
./pool.go:145:3:     from return &b (return) at ./pool.go:146:3
./pool.go:153:2: b escapes to heap in (*BufferPool).Get:
./pool.go:153:2:   flow: ~r0 ← &b:
./pool.go:153:2:     from &b (address-of) at ./pool.go:154:9
./pool.go:153:2:     from return &b (return) at ./pool.go:154:2
./pool.go:153:11: make([]byte, n, 1 << shift) escapes to heap in (*BufferPool).Get:
./pool.go:153:11:   flow: b ← &{storage for make([]byte, n, 1 << shift)}:
./pool.go:153:11:     from make([]byte, n, 1 << shift) (spill) at ./pool.go:153:11
./pool.go:153:11:     from b := make([]byte, n, 1 << shift) (assign) at ./pool.go:153:4
./pool.go:145:12: make([]byte, n) escapes to heap in (*BufferPool).Get:
./pool.go:145:12:   flow: b ← &{storage for make([]byte, n)}:
./pool.go:145:12:     from make([]byte, n) (spill) at ./pool.go:145:12
./pool.go:145:12:     from b := make([]byte, n) (assign) at ./pool.go:145:5
./pool.go:139:7: leaking param content: p
./pool.go:145:3: moved to heap: b
./pool.go:153:2: moved to heap: b
./pool.go:145:12: make([]byte, n) escapes to heap
./pool.go:153:11: make([]byte, n, 1 << shift) escapes to heap
./pool.go:160:7: parameter p leaks to {heap} for (*BufferPool).Put with derefs=1:
./pool.go:160:7:   flow: {heap} ← *p:
./pool.go:160:7:     from p.classes (dot of pointer) at ./pool.go:169:3
./pool.go:160:7:     from p.classes[i] (dot of pointer) at ./pool.go:169:11
./pool.go:160:7:     from p.classes[i] (address-of) at ./pool.go:169:14
./pool.go:160:7:     from (*sync.Pool).Put(p.classes[i], b) (call parameter) at ./pool.go:169:18
./pool.go:160:26: parameter b leaks to {heap} for (*BufferPool).Put with derefs=0:
./pool.go:160:26:   flow: {heap} ← b:
./pool.go:160:26:     from b (interface-converted) at ./pool.go:169:19
./pool.go:160:26:     from (*sync.Pool).Put(p.classes[i], b) (call parameter) at ./pool.go:169:18
./pool.go:160:7: leaking param content: p
./pool.go:160:26: leaking param: b
./burst.go:57:22: make([]sync.Pool, p.maxShift - p.minShift + 1) escapes to heap in init.func1:
./burst.go:57:22:   flow: {heap} ← &{storage for make([]sync.Pool, p.maxShift - p.minShift + 1)}:
./burst.go:57:22:     from make([]sync.Pool, p.maxShift - p.minShift + 1) (spill) at ./burst.go:57:22
./burst.go:57:22:     from p.classes = make([]sync.Pool, p.maxShift - p.minShift + 1) (assign) at ./burst.go:57:22
./burst.go:57:3: init.func1 capturing by value: bp (addr=false assign=false width=8)
./burst.go:57:3: init.func1 capturing by value: bp (addr=false assign=false width=8)
./burst.go:60:9: parameter h leaks to {heap} for init.func1.2 with derefs=0:
./burst.go:60:9:   flow: {heap} ← h:
./burst.go:60:9:     from h.(*[]byte) (dot) at ./burst.go:60:26
./burst.go:60:9:     from (*BufferPool).Put(bp, h.(*[]byte)) (call parameter) at ./burst.go:60:24
./burst.go:59:4: func literal escapes to heap in init.func1:
./burst.go:59:4:   flow: ~r0 ← &{storage for func literal}:
./burst.go:59:4:     from func literal (spill) at ./burst.go:59:4
./burst.go:59:4:     from bufferPooler{...} (struct literal element) at ./burst.go:58:22
./burst.go:59:4:     from return bufferPooler{...} (return) at ./burst.go:58:3
./burst.go:60:4: func literal escapes to heap in init.func1:
./burst.go:60:4:   flow: ~r0 ← &{storage for func literal}:
./burst.go:60:4:     from func literal (spill) at ./burst.go:60:4
./burst.go:60:4:     from bufferPooler{...} (struct literal element) at ./burst.go:58:22
./burst.go:60:4:     from return bufferPooler{...} (return) at ./burst.go:58:3
./burst.go:57:22: &BufferPool{...} escapes to heap in init.func1:
./burst.go:57:22:   flow: p ← &{storage for &BufferPool{...}}:
./burst.go:57:22:     from &BufferPool{...} (spill) at ./burst.go:57:22
./burst.go:57:22:     from p := &BufferPool{...} (assign) at ./burst.go:57:22
./burst.go:57:22:   flow: ~r0 ← p:
./burst.go:57:22:     from ~r0 = p (assign-pair) at ./burst.go:57:22
./burst.go:57:22:   flow: bp ← ~r0:
./burst.go:57:22:     from bp := ~r0 (assign) at ./burst.go:57:6
./burst.go:57:22:   flow: {storage for func literal} ← bp:
./burst.go:57:22:     from bp (captured by a closure) at ./burst.go:60:18
./burst.go:60:9: leaking param: h
./burst.go:57:22: &BufferPool{...} escapes to heap
./burst.go:57:22: make([]sync.Pool, p.maxShift - p.minShift + 1) escapes to heap
./burst.go:59:4: func literal escapes to heap
./burst.go:60:4: func literal escapes to heap
./pool.go:242:7: parameter p leaks to {heap} for (*CalibratedPool).Get with derefs=0:
./pool.go:242:7:   flow: {heap} ← p:
./pool.go:242:7:     from p.pool (dot of pointer) at ./pool.go:243:15
./pool.go:242:7:     from p.pool (address-of) at ./pool.go:243:20
./pool.go:242:7:     from (*sync.Pool).Get(p.pool) (call parameter) at ./pool.go:243:24
./pool.go:247:9: &Buffer{...} escapes to heap in (*CalibratedPool).Get:
./pool.go:247:9:   flow: ~r0 ← &{storage for &Buffer{...}}:
./pool.go:247:9:     from &Buffer{...} (spill) at ./pool.go:247:9
./pool.go:247:9:     from return &Buffer{...} (return) at ./pool.go:247:2
./pool.go:247:24: make([]byte, 0, ~r0) escapes to heap in (*CalibratedPool).Get:
./pool.go:247:24:   flow: {storage for &Buffer{...}} ← &{storage for make([]byte, 0, ~r0)}:
./pool.go:247:24:     from make([]byte, 0, ~r0) (spill) at ./pool.go:247:24
./pool.go:247:24:     from Buffer{...} (struct literal element) at ./pool.go:247:16
./pool.go:242:7: leaking param: p
./pool.go:247:9: &Buffer{...} escapes to heap
./pool.go:247:24: make([]byte, 0, ~r0) escapes to heap
/usr/local/go/src/slices/zsortanyfunc.go:470:20: slices.rotateCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:470:20: slices.rotateCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:473:20: slices.rotateCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:473:20: slices.rotateCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:478:18: slices.rotateCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:478:18: slices.rotateCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:398:23: slices.symMergeCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k + 1] = slices.data[slices.k + 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:398:23: slices.symMergeCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k + 1] = slices.data[slices.k + 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:422:23: slices.symMergeCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k - 1] = slices.data[slices.k - 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:422:23: slices.symMergeCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k - 1] = slices.data[slices.k - 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:339:23: slices.stableCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:339:23: slices.stableCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:343:22: slices.stableCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:343:22: slices.stableCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
./pool.go:274:21: (*CalibratedPool).calibrate capturing by value: .autotmp_1 (addr=false assign=false width=8)
./pool.go:270:7: p does not escape
./pool.go:284:14: append does not escape
./pool.go:286:28: func literal does not escape
./pool.go:264:6: (*CalibratedPool).Put ignoring self-assignment in b.B = b.B[:0]
./pool.go:252:7: parameter p leaks to {heap} for (*CalibratedPool).Put with derefs=0:
./pool.go:252:7:   flow: {heap} ← p:
./pool.go:252:7:     from p.pool (dot of pointer) at ./pool.go:265:3
./pool.go:252:7:     from p.pool (address-of) at ./pool.go:265:8
./pool.go:252:7:     from (*sync.Pool).Put(p.pool, b) (call parameter) at ./pool.go:265:12
./pool.go:252:30: parameter b leaks to {heap} for (*CalibratedPool).Put with derefs=0:
./pool.go:252:30:   flow: {heap} ← b:
./pool.go:252:30:     from b (interface-converted) at ./pool.go:265:13
./pool.go:252:30:     from (*sync.Pool).Put(p.pool, b) (call parameter) at ./pool.go:265:12
./pool.go:252:7: leaking param: p
./pool.go:252:30: leaking param: b
./burst.go:67:17: append(b.B[:0], make([]byte, n)...) escapes to heap in init.func2.1:
./burst.go:67:17:   flow: {heap} ← &{storage for append(b.B[:0], make([]byte, n)...)}:
./burst.go:67:17:     from append(b.B[:0], make([]byte, n)...) (spill) at ./burst.go:67:17
./burst.go:67:17:     from b.B = append(b.B[:0], make([]byte, n)...) (assign) at ./burst.go:67:9
./burst.go:63:3: init.func2 capturing by value: cp (addr=false assign=false width=8)
./burst.go:63:3: init.func2 capturing by value: cp (addr=false assign=false width=8)
./burst.go:70:9: parameter h leaks to {heap} for init.func2.2 with derefs=0:
./burst.go:70:9:   flow: {heap} ← h:
./burst.go:70:9:     from h.(*Buffer) (dot) at ./burst.go:70:26
./burst.go:70:9:     from (*CalibratedPool).Put(cp, h.(*Buffer)) (call parameter) at ./burst.go:70:24
./burst.go:63:26: &CalibratedPool{...} escapes to heap in init.func2:
./burst.go:63:26:   flow: p ← &{storage for &CalibratedPool{...}}:
./burst.go:63:26:     from &CalibratedPool{...} (spill) at ./burst.go:63:26
./burst.go:63:26:     from p := &CalibratedPool{...} (assign) at ./burst.go:63:26
./burst.go:63:26:   flow: ~r0 ← p:
./burst.go:63:26:     from ~r0 = p (assign-pair) at ./burst.go:63:26
./burst.go:63:26:   flow: cp ← ~r0:
./burst.go:63:26:     from cp := ~r0 (assign) at ./burst.go:63:6
./burst.go:63:26:   flow: {heap} ← cp:
./burst.go:63:26:     from (*CalibratedPool).Get(cp) (call parameter) at ./burst.go:66:16
./burst.go:65:4: func literal escapes to heap in init.func2:
./burst.go:65:4:   flow: ~r0 ← &{storage for func literal}:
./burst.go:65:4:     from func literal (spill) at ./burst.go:65:4
./burst.go:65:4:     from bufferPooler{...} (struct literal element) at ./burst.go:64:22
./burst.go:65:4:     from return bufferPooler{...} (return) at ./burst.go:64:3
./burst.go:70:4: func literal escapes to heap in init.func2:
./burst.go:70:4:   flow: ~r0 ← &{storage for func literal}:
./burst.go:70:4:     from func literal (spill) at ./burst.go:70:4
./burst.go:70:4:     from bufferPooler{...} (struct literal element) at ./burst.go:64:22
./burst.go:70:4:     from return bufferPooler{...} (return) at ./burst.go:64:3
./burst.go:70:9: leaking param: h
./burst.go:63:26: &CalibratedPool{...} escapes to heap
./burst.go:65:4: func literal escapes to heap
./burst.go:67:31: make([]byte, n) does not escape
./burst.go:67:17: append escapes to heap
./burst.go:70:4: func literal escapes to heap
./burst.go:81:8: init.func3.1 ignoring self-assignment in *b = (*b)[:n]
./burst.go:73:3: init.func3 capturing by value: sp (addr=false assign=false width=8)
./burst.go:73:3: init.func3 capturing by value: sp (addr=false assign=false width=8)
./burst.go:84:9: parameter h leaks to {heap} for init.func3.2 with derefs=0:
./burst.go:84:9:   flow: {heap} ← h:
./burst.go:84:9:     from (*sync.Pool).Put(sp, h) (call parameter) at ./burst.go:84:24
./burst.go:73:12: new(sync.Pool) escapes to heap in init.func3:
./burst.go:73:12:   flow: sp ← &{storage for new(sync.Pool)}:
./burst.go:73:12:     from new(sync.Pool) (spill) at ./burst.go:73:12
./burst.go:73:12:     from sp := new(sync.Pool) (assign) at ./burst.go:73:6
./burst.go:73:12:   flow: {heap} ← sp:
./burst.go:73:12:     from (*sync.Pool).Get(sp) (call parameter) at ./burst.go:76:19
./burst.go:78:6: nb escapes to heap in init.func3.1:
./burst.go:78:6:   flow: b ← &nb:
./burst.go:78:6:     from &nb (address-of) at ./burst.go:79:10
./burst.go:78:6:     from b = &nb (assign) at ./burst.go:79:8
./burst.go:78:6:   flow: ~r1 ← b:
./burst.go:78:6:     from b (interface-converted) at ./burst.go:82:16
./burst.go:78:6:     from return *b, b (return) at ./burst.go:82:5
./burst.go:78:16: make([]byte, n) escapes to heap in init.func3.1:
./burst.go:78:16:   flow: nb ← &{storage for make([]byte, n)}:
./burst.go:78:16:     from make([]byte, n) (spill) at ./burst.go:78:16
./burst.go:78:16:     from nb := make([]byte, n) (assign) at ./burst.go:78:9
./burst.go:75:4: func literal escapes to heap in init.func3:
./burst.go:75:4:   flow: ~r0 ← &{storage for func literal}:
./burst.go:75:4:     from func literal (spill) at ./burst.go:75:4
./burst.go:75:4:     from bufferPooler{...} (struct literal element) at ./burst.go:74:22
./burst.go:75:4:     from return bufferPooler{...} (return) at ./burst.go:74:3
./burst.go:84:4: func literal escapes to heap in init.func3:
./burst.go:84:4:   flow: ~r0 ← &{storage for func literal}:
./burst.go:84:4:     from func literal (spill) at ./burst.go:84:4
./burst.go:84:4:     from bufferPooler{...} (struct literal element) at ./burst.go:74:22
./burst.go:84:4:     from return bufferPooler{...} (return) at ./burst.go:74:3
./burst.go:84:9: leaking param: h
./burst.go:78:6: moved to heap: nb
./burst.go:73:12: new(sync.Pool) escapes to heap
./burst.go:75:4: func literal escapes to heap
./burst.go:78:16: make([]byte, n) escapes to heap
./burst.go:84:4: func literal escapes to heap
./burst.go:87:70: make([]byte, n) escapes to heap in init.func4.1:
./burst.go:87:70:   flow: ~r0 ← &{storage for make([]byte, n)}:
./burst.go:87:70:     from make([]byte, n) (spill) at ./burst.go:87:70
./burst.go:87:70:     from return make([]byte, n), nil (return) at ./burst.go:87:59
./burst.go:87:70: make([]byte, n) escapes to heap
./burst.go:87:31: func literal escapes to heap in init.func4:
./burst.go:87:31:   flow: ~r0 ← &{storage for func literal}:
./burst.go:87:31:     from func literal (spill) at ./burst.go:87:31
./burst.go:87:31:     from bufferPooler{...} (struct literal element) at ./burst.go:87:22
./burst.go:87:31:     from return bufferPooler{...} (return) at ./burst.go:87:3
./burst.go:87:90: func literal escapes to heap in init.func4:
./burst.go:87:90:   flow: ~r0 ← &{storage for func literal}:
./burst.go:87:90:     from func literal (spill) at ./burst.go:87:90
./burst.go:87:90:     from bufferPooler{...} (struct literal element) at ./burst.go:87:22
./burst.go:87:90:     from return bufferPooler{...} (return) at ./burst.go:87:3
./burst.go:87:31: func literal escapes to heap
./burst.go:87:90: func literal escapes to heap
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
./catalogue.go:149:28: s does not escape
./catalogue.go:151:27: ([]byte)(s) does not escape
./catalogue.go:151:27: zero-copy string->[]byte conversion
./catalogue.go:158:22: parameter p leaks to ~r0 for catLeakingParam with derefs=0:
./catalogue.go:158:22:   flow: ~r0 ← p:
./catalogue.go:158:22:     from return p (return) at ./catalogue.go:159:2
./catalogue.go:158:22: leaking param: p to result ~r0 level=0
./catalogue.go:163:29: parameter pp leaks to {heap} for catLeakingParamContent with derefs=1:
./catalogue.go:163:29:   flow: {heap} ← *pp:
./catalogue.go:163:29:     from *pp (indirection) at ./catalogue.go:164:13
./catalogue.go:163:29:     from sink.ptr = *pp (assign) at ./catalogue.go:164:11
./catalogue.go:163:29: leaking param content: pp
./catalogue.go:168:28: p does not escape
./catalogue.go:173:23: parameter p leaks to {heap} for catStoreToGlobal with derefs=0:
./catalogue.go:173:23:   flow: {heap} ← p:
./catalogue.go:173:23:     from p (interface-converted) at ./catalogue.go:174:13
./catalogue.go:173:23:     from sink.any = p (assign) at ./catalogue.go:174:11
./catalogue.go:173:23: leaking param: p
./tune.go:39:54: []string{...} escapes to heap in init.func27:
./tune.go:39:54:   flow: ~r0 ← &{storage for []string{...}}:
./tune.go:39:54:     from []string{...} (spill) at ./tune.go:39:54
./tune.go:39:54:     from return []string{...} (return) at ./tune.go:39:39
./tune.go:39:54: []string{...} escapes to heap
./tune.go:40:54: []string{...} escapes to heap in init.func28:
./tune.go:40:54:   flow: ~r0 ← &{storage for []string{...}}:
./tune.go:40:54:     from []string{...} (spill) at ./tune.go:40:54
./tune.go:40:54:     from return []string{...} (return) at ./tune.go:40:39
./tune.go:40:54: []string{...} escapes to heap
./tune.go:41:68: []string{...} escapes to heap in init.func29:
./tune.go:41:68:   flow: ~r0 ← &{storage for []string{...}}:
./tune.go:41:68:     from []string{...} (spill) at ./tune.go:41:68
./tune.go:41:68:     from return []string{...} (return) at ./tune.go:41:53
./tune.go:41:95: "GOMEMLIMIT=" + ~r0 escapes to heap in init.func29:
./tune.go:41:95:   flow: {storage for []string{...}} ← &{storage for "GOMEMLIMIT=" + ~r0}:
./tune.go:41:95:     from "GOMEMLIMIT=" + ~r0 (spill) at ./tune.go:41:95
./tune.go:41:95:     from []string{...} (slice-literal-element) at ./tune.go:41:68
./tune.go:41:68: []string{...} escapes to heap
./tune.go:41:95: "GOMEMLIMIT=" + ~r0 escapes to heap
./tune.go:42:68: []string{...} escapes to heap in init.func30:
./tune.go:42:68:   flow: ~r0 ← &{storage for []string{...}}:
./tune.go:42:68:     from []string{...} (spill) at ./tune.go:42:68
./tune.go:42:68:     from return []string{...} (return) at ./tune.go:42:53
./tune.go:42:95: "GOMEMLIMIT=" + ~r0 escapes to heap in init.func30:
./tune.go:42:95:   flow: {storage for []string{...}} ← &{storage for "GOMEMLIMIT=" + ~r0}:
./tune.go:42:95:     from "GOMEMLIMIT=" + ~r0 (spill) at ./tune.go:42:95
./tune.go:42:95:     from []string{...} (slice-literal-element) at ./tune.go:42:68
./tune.go:42:68: []string{...} escapes to heap
./tune.go:42:95: "GOMEMLIMIT=" + ~r0 escapes to heap
./tune.go:43:65: []string{...} escapes to heap in init.func31:
./tune.go:43:65:   flow: ~r0 ← &{storage for []string{...}}:
./tune.go:43:65:     from []string{...} (spill) at ./tune.go:43:65
./tune.go:43:65:     from return []string{...} (return) at ./tune.go:43:50
./tune.go:43:65: []string{...} escapes to heap
./tune.go:44:58: []string{...} escapes to heap in init.func32:
./tune.go:44:58:   flow: ~r0 ← &{storage for []string{...}}:
./tune.go:44:58:     from []string{...} (spill) at ./tune.go:44:58
./tune.go:44:58:     from return []string{...} (return) at ./tune.go:44:43
./tune.go:44:58: []string{...} escapes to heap
./burst.go:94:12: p does not escape
./burst.go:102:14: make([]any, 256) does not escape
./burst.go:128:19: newPool does not escape
./burst.go:137:20: p does not escape
./burst.go:167:30: n escapes to heap in formatBytes:
./burst.go:167:30:   flow: {storage for ... argument} ← &{storage for n}:
./burst.go:167:30:     from n (spill) at ./burst.go:167:30
./burst.go:167:30:     from ... argument (slice-literal-element) at ./burst.go:167:21
./burst.go:167:30:   flow: {heap} ← {storage for ... argument}:
./burst.go:167:30:     from ... argument (spill) at ./burst.go:167:21
./burst.go:167:30:     from fmt.Sprintf("%d B", ... argument...) (call parameter) at ./burst.go:167:21
./burst.go:174:34: v escapes to heap in formatBytes:
./burst.go:174:34:   flow: {storage for ... argument} ← &{storage for v}:
./burst.go:174:34:     from v (spill) at ./burst.go:174:34
./burst.go:174:34:     from ... argument (slice-literal-element) at ./burst.go:174:20
./burst.go:174:34:   flow: {heap} ← {storage for ... argument}:
./burst.go:174:34:     from ... argument (spill) at ./burst.go:174:20
./burst.go:174:34:     from fmt.Sprintf("%.3g %ciB", ... argument...) (call parameter) at ./burst.go:174:20
./burst.go:174:43: "KMGT"[i - 1] escapes to heap in formatBytes:
./burst.go:174:43:   flow: {storage for ... argument} ← &{storage for "KMGT"[i - 1]}:
./burst.go:174:43:     from "KMGT"[i - 1] (spill) at ./burst.go:174:43
./burst.go:174:43:     from ... argument (slice-literal-element) at ./burst.go:174:20
./burst.go:174:43:   flow: {heap} ← {storage for ... argument}:
./burst.go:174:43:     from ... argument (spill) at ./burst.go:174:20
./burst.go:174:43:     from fmt.Sprintf("%.3g %ciB", ... argument...) (call parameter) at ./burst.go:174:20
./burst.go:167:21: ... argument does not escape
./burst.go:167:30: n escapes to heap
./burst.go:174:20: ... argument does not escape
./burst.go:174:34: v escapes to heap
./burst.go:174:43: "KMGT"[i - 1] escapes to heap
./burst.go:147:21: parameter w leaks to {heap} for writePoolTable with derefs=0:
./burst.go:147:21:   flow: tabwriter.output ← w:
./burst.go:147:21:     from tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags := w, 0, 0, 2, byte(32), uint(4) (assign-pair) at ./burst.go:148:27
./burst.go:147:21:   flow: {heap} ← tabwriter.output:
./burst.go:147:21:     from (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (call parameter) at ./burst.go:148:27
./burst.go:149:19: "state\timpl\tretained after burst+GC\tallocs\tallocated\t" escapes to heap in writePoolTable:
./burst.go:149:19:   flow: {storage for ... argument} ← &{storage for "state\timpl\tretained after burst+GC\tallocs\tallocated\t"}:
./burst.go:149:19:     from "state\timpl\tretained after burst+GC\tallocs\tallocated\t" (spill) at ./burst.go:149:19
./burst.go:149:19:     from ... argument (slice-literal-element) at ./burst.go:149:14
./burst.go:149:19:   flow: {heap} ← {storage for ... argument}:
./burst.go:149:19:     from ... argument (spill) at ./burst.go:149:14
./burst.go:149:19:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./burst.go:149:14
./burst.go:157:41: state escapes to heap in writePoolTable:
./burst.go:157:41:   flow: {storage for ... argument} ← &{storage for state}:
./burst.go:157:41:     from state (spill) at ./burst.go:157:41
./burst.go:157:41:     from ... argument (slice-literal-element) at ./burst.go:157:15
./burst.go:157:41:   flow: {heap} ← {storage for ... argument}:
./burst.go:157:41:     from ... argument (spill) at ./burst.go:157:15
./burst.go:157:41:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t\n", ... argument...) (call parameter) at ./burst.go:157:15
./burst.go:157:49: m.name escapes to heap in writePoolTable:
./burst.go:157:49:   flow: {storage for ... argument} ← &{storage for m.name}:
./burst.go:157:49:     from m.name (spill) at ./burst.go:157:49
./burst.go:157:49:     from ... argument (slice-literal-element) at ./burst.go:157:15
./burst.go:157:49:   flow: {heap} ← {storage for ... argument}:
./burst.go:157:49:     from ... argument (spill) at ./burst.go:157:15
./burst.go:157:49:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t\n", ... argument...) (call parameter) at ./burst.go:157:15
./burst.go:157:67: formatBytes(r.Retained) escapes to heap in writePoolTable:
./burst.go:157:67:   flow: {storage for ... argument} ← &{storage for formatBytes(r.Retained)}:
./burst.go:157:67:     from formatBytes(r.Retained) (spill) at ./burst.go:157:67
./burst.go:157:67:     from ... argument (slice-literal-element) at ./burst.go:157:15
./burst.go:157:67:   flow: {heap} ← {storage for ... argument}:
./burst.go:157:67:     from ... argument (spill) at ./burst.go:157:15
./burst.go:157:67:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t\n", ... argument...) (call parameter) at ./burst.go:157:15
./burst.go:157:82: r.Allocs escapes to heap in writePoolTable:
./burst.go:157:82:   flow: {storage for ... argument} ← &{storage for r.Allocs}:
./burst.go:157:82:     from r.Allocs (spill) at ./burst.go:157:82
./burst.go:157:82:     from ... argument (slice-literal-element) at ./burst.go:157:15
./burst.go:157:82:   flow: {heap} ← {storage for ... argument}:
./burst.go:157:82:     from ... argument (spill) at ./burst.go:157:15
./burst.go:157:82:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t\n", ... argument...) (call parameter) at ./burst.go:157:15
./burst.go:157:102: formatBytes(int64(r.AllocBytes)) escapes to heap in writePoolTable:
./burst.go:157:102:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(r.AllocBytes))}:
./burst.go:157:102:     from formatBytes(int64(r.AllocBytes)) (spill) at ./burst.go:157:102
./burst.go:157:102:     from ... argument (slice-literal-element) at ./burst.go:157:15
./burst.go:157:102:   flow: {heap} ← {storage for ... argument}:
./burst.go:157:102:     from ... argument (spill) at ./burst.go:157:15
./burst.go:157:102:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t\n", ... argument...) (call parameter) at ./burst.go:157:15
./burst.go:148:27: new(tabwriter.Writer) escapes to heap in writePoolTable:
./burst.go:148:27:   flow: {temp} ← &{storage for new(tabwriter.Writer)}:
./burst.go:148:27:     from new(tabwriter.Writer) (spill) at ./burst.go:148:27
./burst.go:148:27:     from (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (call parameter) at ./burst.go:148:27
./burst.go:148:27:   flow: ~r0 ← {temp}:
./burst.go:148:27:     from ~r0 = (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (assign-pair) at ./burst.go:148:27
./burst.go:148:27:   flow: tw ← ~r0:
./burst.go:148:27:     from tw := ~r0 (assign) at ./burst.go:148:5
./burst.go:148:27:   flow: {heap} ← tw:
./burst.go:148:27:     from tw (interface-converted) at ./burst.go:149:15
./burst.go:148:27:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./burst.go:149:14
./burst.go:147:34: parameter makers leaks to {storage for m.name} for writePoolTable with derefs=1:
./burst.go:147:34:   flow: {temp} ← makers:
./burst.go:147:34:   flow: m ← *{temp}:
./burst.go:147:34:     from for loop (range-deref) at ./burst.go:155:15
./burst.go:147:34:   flow: {storage for m.name} ← m:
./burst.go:147:34:     from m.name (dot) at ./burst.go:157:49
./burst.go:147:34:     from m.name (interface-converted) at ./burst.go:157:49
./burst.go:147:21: leaking param: w
./burst.go:147:34: leaking param content: makers
./burst.go:148:27: new(tabwriter.Writer) escapes to heap
./burst.go:149:14: ... argument does not escape
./burst.go:149:19: "state\timpl\tretained after burst+GC\tallocs\tallocated\t" escapes to heap
./burst.go:150:29: []bool{...} does not escape
./burst.go:157:15: ... argument does not escape
./burst.go:157:41: state escapes to heap
./burst.go:157:49: m.name escapes to heap
./burst.go:157:67: formatBytes(r.Retained) escapes to heap
./burst.go:157:82: r.Allocs escapes to heap
./burst.go:157:102: formatBytes(int64(r.AllocBytes)) escapes to heap
./catalogue.go:40:38: &point{...} escapes to heap in init.0:
./catalogue.go:40:38:   flow: {heap} ← &{storage for &point{...}}:
./catalogue.go:40:38:     from &point{...} (spill) at ./catalogue.go:40:38
./catalogue.go:40:38:     from sink.point, sink.str = &point{...}, string(make([]byte, 100)) (assign-pair) at ./catalogue.go:40:36
./catalogue.go:40:63: string(make([]byte, 100)) escapes to heap in init.0:
./catalogue.go:40:63:   flow: {heap} ← &{storage for string(make([]byte, 100))}:
./catalogue.go:40:63:     from string(make([]byte, 100)) (spill) at ./catalogue.go:40:63
./catalogue.go:40:63:     from sink.point, sink.str = &point{...}, string(make([]byte, 100)) (assign-pair) at ./catalogue.go:40:36
./catalogue.go:40:38: &point{...} escapes to heap
./catalogue.go:40:63: string(make([]byte, 100)) escapes to heap
./catalogue.go:40:63: make([]byte, 100) does not escape
./catalogue.go:60:37: &point{...} escapes to heap in inlinableNew:
./catalogue.go:60:37:   flow: ~r0 ← &{storage for &point{...}}:
./catalogue.go:60:37:     from &point{...} (spill) at ./catalogue.go:60:37
./catalogue.go:60:37:     from return &point{...} (return) at ./catalogue.go:60:30
./catalogue.go:60:37: &point{...} escapes to heap
./catalogue.go:251:45: allocsPerRun capturing by value: .autotmp_3 (addr=false assign=false width=8)
./catalogue.go:250:29: f does not escape
./demo.go:50:36: ... argument does not escape
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
./demo.go:80:19: parameter rep leaks to {heap} for compilerSays with derefs=2:
./demo.go:80:19:   flow: r ← rep:
./demo.go:80:19:     from r, fn, v := rep, e.Func, e.Verdict (assign-pair) at ./demo.go:82:31
./demo.go:80:19:   flow: {temp} ← *r:
./demo.go:80:19:     from r.Findings (dot of pointer) at ./demo.go:82:31
./demo.go:80:19:   flow: f ← *{temp}:
./demo.go:80:19:     from for loop (range-deref) at ./demo.go:82:31
./demo.go:80:19:   flow: {heap} ← f:
./demo.go:80:19:     from append(out, f) (call parameter) at ./demo.go:82:31
./demo.go:84:37: string(f.Verdict) + ": " + f.Expr escapes to heap in compilerSays:
./demo.go:84:37:   flow: ~r0 ← &{storage for string(f.Verdict) + ": " + f.Expr}:
./demo.go:84:37:     from string(f.Verdict) + ": " + f.Expr (spill) at ./demo.go:84:37
./demo.go:84:37:     from return string(f.Verdict) + ": " + f.Expr (return) at ./demo.go:84:5
./demo.go:87:81: "NOT REPORTED (catalogue expects " + string(e.Verdict) + ": " + e.Expr + ")" escapes to heap in compilerSays:
./demo.go:87:81:   flow: ~r0 ← &{storage for "NOT REPORTED (catalogue expects " + string(e.Verdict) + ": " + e.Expr + ")"}:
./demo.go:87:81:     from "NOT REPORTED (catalogue expects " + string(e.Verdict) + ": " + e.Expr + ")" (spill) at ./demo.go:87:81
./demo.go:87:81:     from return "NOT REPORTED (catalogue expects " + string(e.Verdict) + ": " + e.Expr + ")" (return) at ./demo.go:87:3
./demo.go:91:52: "UNEXPECTED " + string(f.Verdict) + ": " + f.Expr escapes to heap in compilerSays:
./demo.go:91:52:   flow: ~r0 ← &{storage for "UNEXPECTED " + string(f.Verdict) + ": " + f.Expr}:
./demo.go:91:52:     from "UNEXPECTED " + string(f.Verdict) + ": " + f.Expr (spill) at ./demo.go:91:52
./demo.go:91:52:     from return "UNEXPECTED " + string(f.Verdict) + ": " + f.Expr (return) at ./demo.go:91:4
./demo.go:80:19: leaking param content: rep
./demo.go:80:32: e does not escape
./demo.go:82:31: append does not escape
./demo.go:84:37: string(f.Verdict) + ": " + f.Expr escapes to heap
./demo.go:87:81: "NOT REPORTED (catalogue expects " + string(e.Verdict) + ": " + e.Expr + ")" escapes to heap
./demo.go:91:52: "UNEXPECTED " + string(f.Verdict) + ": " + f.Expr escapes to heap
./demo.go:56:17: parameter ctx leaks to {heap} for demoEscape with derefs=0:
./demo.go:56:17:   flow: {heap} ← ctx:
./demo.go:56:17:     from RunEscape(ctx, dir, ".", false) (call parameter) at ./demo.go:60:26
./demo.go:56:38: parameter w leaks to {heap} for demoEscape with derefs=0:
./demo.go:56:38:   flow: {heap} ← w:
./demo.go:56:38:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./demo.go:64:15
./demo.go:64:19: "(source not found beside the binary: compiler verdicts skipped)" escapes to heap in demoEscape:
./demo.go:64:19:   flow: {storage for ... argument} ← &{storage for "(source not found beside the binary: compiler verdicts skipped)"}:
./demo.go:64:19:     from "(source not found beside the binary: compiler verdicts skipped)" (spill) at ./demo.go:64:19
./demo.go:64:19:     from ... argument (slice-literal-element) at ./demo.go:64:15
./demo.go:64:19:   flow: {heap} ← {storage for ... argument}:
./demo.go:64:19:     from ... argument (spill) at ./demo.go:64:15
./demo.go:64:19:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./demo.go:64:15
./demo.go:67:19: "function\tcase\tcompiler says\tallocs/op" escapes to heap in demoEscape:
./demo.go:67:19:   flow: {storage for ... argument} ← &{storage for "function\tcase\tcompiler says\tallocs/op"}:
./demo.go:67:19:     from "function\tcase\tcompiler says\tallocs/op" (spill) at ./demo.go:67:19
./demo.go:67:19:     from ... argument (slice-literal-element) at ./demo.go:67:14
./demo.go:67:19:   flow: {heap} ← {storage for ... argument}:
./demo.go:67:19:     from ... argument (spill) at ./demo.go:67:14
./demo.go:67:19:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./demo.go:67:14
./demo.go:73:40: e.Func escapes to heap in demoEscape:
./demo.go:73:40:   flow: {storage for ... argument} ← &{storage for e.Func}:
./demo.go:73:40:     from e.Func (spill) at ./demo.go:73:40
./demo.go:73:40:     from ... argument (slice-literal-element) at ./demo.go:73:14
./demo.go:73:40:   flow: {heap} ← {storage for ... argument}:
./demo.go:73:40:     from ... argument (spill) at ./demo.go:73:14
./demo.go:73:40:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%g\n", ... argument...) (call parameter) at ./demo.go:73:14
./demo.go:73:48: e.Shows escapes to heap in demoEscape:
./demo.go:73:48:   flow: {storage for ... argument} ← &{storage for e.Shows}:
./demo.go:73:48:     from e.Shows (spill) at ./demo.go:73:48
./demo.go:73:48:     from ... argument (slice-literal-element) at ./demo.go:73:14
./demo.go:73:48:   flow: {heap} ← {storage for ... argument}:
./demo.go:73:48:     from ... argument (spill) at ./demo.go:73:14
./demo.go:73:48:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%g\n", ... argument...) (call parameter) at ./demo.go:73:14
./demo.go:73:56: said escapes to heap in demoEscape:
./demo.go:73:56:   flow: {storage for ... argument} ← &{storage for said}:
./demo.go:73:56:     from said (spill) at ./demo.go:73:56
./demo.go:73:56:     from ... argument (slice-literal-element) at ./demo.go:73:14
./demo.go:73:56:   flow: {heap} ← {storage for ... argument}:
./demo.go:73:56:     from ... argument (spill) at ./demo.go:73:14
./demo.go:73:56:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%g\n", ... argument...) (call parameter) at ./demo.go:73:14
./demo.go:73:74: allocsPerRun(100, e.Run) escapes to heap in demoEscape:
./demo.go:73:74:   flow: {storage for ... argument} ← &{storage for allocsPerRun(100, e.Run)}:
./demo.go:73:74:     from allocsPerRun(100, e.Run) (spill) at ./demo.go:73:74
./demo.go:73:74:     from ... argument (slice-literal-element) at ./demo.go:73:14
./demo.go:73:74:   flow: {heap} ← {storage for ... argument}:
./demo.go:73:74:     from ... argument (spill) at ./demo.go:73:14
./demo.go:73:74:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%g\n", ... argument...) (call parameter) at ./demo.go:73:14
./demo.go:66:27: new(tabwriter.Writer) escapes to heap in demoEscape:
./demo.go:66:27:   flow: {temp} ← &{storage for new(tabwriter.Writer)}:
./demo.go:66:27:     from new(tabwriter.Writer) (spill) at ./demo.go:66:27
./demo.go:66:27:     from (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (call parameter) at ./demo.go:66:27
./demo.go:66:27:   flow: ~r0 ← {temp}:
./demo.go:66:27:     from ~r0 = (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (assign-pair) at ./demo.go:66:27
./demo.go:66:27:   flow: tw ← ~r0:
./demo.go:66:27:     from tw := ~r0 (assign) at ./demo.go:66:5
./demo.go:66:27:   flow: {heap} ← tw:
./demo.go:66:27:     from tw (interface-converted) at ./demo.go:67:15
./demo.go:66:27:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./demo.go:67:14
./demo.go:56:17: leaking param: ctx
./demo.go:56:38: leaking param: w
./demo.go:64:15: ... argument does not escape
./demo.go:64:19: "(source not found beside the binary: compiler verdicts skipped)" escapes to heap
./demo.go:66:27: new(tabwriter.Writer) escapes to heap
./demo.go:67:14: ... argument does not escape
./demo.go:67:19: "function\tcase\tcompiler says\tallocs/op" escapes to heap
./demo.go:73:14: ... argument does not escape
./demo.go:73:40: e.Func escapes to heap
./demo.go:73:48: e.Shows escapes to heap
./demo.go:73:56: said escapes to heap
./demo.go:73:74: allocsPerRun(100, e.Run) escapes to heap
./workload.go:210:15: parameter args leaks to {heap} for selfArgv with derefs=1:
./workload.go:210:15:   flow: {heap} ← *args:
./workload.go:210:15:     from append([]string{...}, args...) (call parameter) at ./workload.go:215:15
./workload.go:210:15:     from append([]string{...}, args...) (appended slice...) at ./workload.go:215:15
./workload.go:213:30: &errors.errorString{...} escapes to heap in selfArgv:
./workload.go:213:30:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./workload.go:213:30:     from &errors.errorString{...} (spill) at ./workload.go:213:30
./workload.go:213:30:     from &errors.errorString{...} (interface-converted) at ./workload.go:213:30
./workload.go:213:30:     from ~r0 = &errors.errorString{...} (assign-pair) at ./workload.go:213:30
./workload.go:213:30:   flow: fmt.err ← ~r0:
./workload.go:213:30:     from fmt.err = ~r0 (assign-pair) at ./workload.go:213:30
./workload.go:213:30:   flow: ~r2 ← fmt.err:
./workload.go:213:30:     from return nil, nil, fmt.err (return) at ./workload.go:213:3
./workload.go:215:49: []string{...} escapes to heap in selfArgv:
./workload.go:215:49:   flow: ~r1 ← &{storage for []string{...}}:
./workload.go:215:49:     from []string{...} (spill) at ./workload.go:215:49
./workload.go:215:49:     from return append([]string{...}, args...), []string{...}, nil (return) at ./workload.go:215:2
./workload.go:215:15: append([]string{...}, args...) escapes to heap in selfArgv:
./workload.go:215:15:   flow: ~r0 ← &{storage for append([]string{...}, args...)}:
./workload.go:215:15:     from append([]string{...}, args...) (spill) at ./workload.go:215:15
./workload.go:215:15:     from return append([]string{...}, args...), []string{...}, nil (return) at ./workload.go:215:2
./workload.go:215:24: []string{...} escapes to heap in selfArgv:
./workload.go:215:24:   flow: {temp} ← &{storage for []string{...}}:
./workload.go:215:24:     from []string{...} (spill) at ./workload.go:215:24
./workload.go:215:24:     from append([]string{...}, args...) (call parameter) at ./workload.go:215:15
./workload.go:215:24:   flow: {temp} ← {temp}:
./workload.go:215:24:   flow: ~r0 ← {temp}:
./workload.go:215:24:     from return append([]string{...}, args...), []string{...}, nil (return) at ./workload.go:215:2
./workload.go:210:15: leaking param content: args
./workload.go:213:30: ... argument does not escape
./workload.go:213:30: &errors.errorString{...} escapes to heap
./workload.go:215:24: []string{...} escapes to heap
./workload.go:215:15: append escapes to heap
./workload.go:215:49: []string{...} escapes to heap
./workload.go:202:31: "GODEBUG=" + setting escapes to heap in withGODEBUG:
./workload.go:202:31:   flow: {heap} ← &{storage for "GODEBUG=" + setting}:
./workload.go:202:31:     from "GODEBUG=" + setting (spill) at ./workload.go:202:31
./workload.go:202:31:     from append(out, "GODEBUG=" + setting) (call parameter) at ./workload.go:202:15
./workload.go:194:37: "GODEBUG=" + setting + "," + v escapes to heap in withGODEBUG:
./workload.go:194:37:   flow: kv ← &{storage for "GODEBUG=" + setting + "," + v}:
./workload.go:194:37:     from "GODEBUG=" + setting + "," + v (spill) at ./workload.go:194:37
./workload.go:194:37:     from kv = "GODEBUG=" + setting + "," + v (assign) at ./workload.go:194:8
./workload.go:194:37:   flow: {heap} ← kv:
./workload.go:194:37:     from append(out, kv) (call parameter) at ./workload.go:199:15
./workload.go:196:21: "GODEBUG=" + setting escapes to heap in withGODEBUG:
./workload.go:196:21:   flow: kv ← &{storage for "GODEBUG=" + setting}:
./workload.go:196:21:     from "GODEBUG=" + setting (spill) at ./workload.go:196:21
./workload.go:196:21:     from kv = "GODEBUG=" + setting (assign) at ./workload.go:196:8
./workload.go:196:21:   flow: {heap} ← kv:
./workload.go:196:21:     from append(out, kv) (call parameter) at ./workload.go:199:15
./workload.go:187:18: parameter env leaks to {heap} for withGODEBUG with derefs=1:
./workload.go:187:18:   flow: {temp} ← env:
./workload.go:187:18:   flow: kv ← *{temp}:
./workload.go:187:18:     from for loop (range-deref) at ./workload.go:190:15
./workload.go:187:18:   flow: {heap} ← kv:
./workload.go:187:18:     from append(out, kv) (call parameter) at ./workload.go:199:15
./workload.go:188:13: make([]string, 0, len(env) + 1) escapes to heap in withGODEBUG:
./workload.go:188:13:   flow: out ← &{storage for make([]string, 0, len(env) + 1)}:
./workload.go:188:13:     from make([]string, 0, len(env) + 1) (spill) at ./workload.go:188:13
./workload.go:188:13:     from out := make([]string, 0, len(env) + 1) (assign) at ./workload.go:188:6
./workload.go:188:13:   flow: ~r0 ← out:
./workload.go:188:13:     from return out (return) at ./workload.go:204:2
./workload.go:199:15: append(out, kv) escapes to heap in withGODEBUG:
./workload.go:199:15:   flow: out ← &{storage for append(out, kv)}:
./workload.go:199:15:     from append(out, kv) (spill) at ./workload.go:199:15
./workload.go:199:15:     from out = append(out, kv) (assign) at ./workload.go:199:7
./workload.go:199:15:   flow: ~r0 ← out:
./workload.go:199:15:     from return out (return) at ./workload.go:204:2
./workload.go:202:15: append(out, "GODEBUG=" + setting) escapes to heap in withGODEBUG:
./workload.go:202:15:   flow: out ← &{storage for append(out, "GODEBUG=" + setting)}:
./workload.go:202:15:     from append(out, "GODEBUG=" + setting) (spill) at ./workload.go:202:15
./workload.go:202:15:     from out = append(out, "GODEBUG=" + setting) (assign) at ./workload.go:202:7
./workload.go:202:15:   flow: ~r0 ← out:
./workload.go:202:15:     from return out (return) at ./workload.go:204:2
./workload.go:187:18: leaking param content: env
./workload.go:187:32: setting does not escape
./workload.go:188:13: make([]string, 0, len(env) + 1) escapes to heap
./workload.go:194:37: "GODEBUG=" + setting + "," + v escapes to heap
./workload.go:196:21: "GODEBUG=" + setting escapes to heap
./workload.go:199:15: append escapes to heap
./workload.go:202:31: "GODEBUG=" + setting escapes to heap
./workload.go:202:15: append escapes to heap
./gctrace.go:118:20: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:118:20:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:118:20:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:118:20
./gctrace.go:118:20:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:118:20
./gctrace.go:120:19: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:120:19:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:120:19:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:120:19
./gctrace.go:120:19:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:120:19
./gctrace.go:122:25: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:122:25:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:122:25:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:122:25
./gctrace.go:122:25:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:122:25
./gctrace.go:124:50: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:124:50:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:124:50:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:124:50
./gctrace.go:124:50:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:124:50
./gctrace.go:124:60: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:124:60:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:124:60:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:124:60
./gctrace.go:124:60:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:124:60
./gctrace.go:124:70: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:124:70:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:124:70:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:124:70
./gctrace.go:124:70:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:124:70
./gctrace.go:125:77: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:125:77:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:125:77:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:125:77
./gctrace.go:125:77:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:125:77
./gctrace.go:125:87: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:125:87:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:125:87:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:125:87
./gctrace.go:125:87:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:125:87
./gctrace.go:125:97: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:125:97:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:125:97:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:125:97
./gctrace.go:125:97:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:125:97
./gctrace.go:125:108: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:125:108:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:125:108:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:125:108
./gctrace.go:125:108:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:125:108
./gctrace.go:125:119: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:125:119:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:125:119:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:125:119
./gctrace.go:125:119:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:125:119
./gctrace.go:126:45: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:126:45:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:126:45:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:126:45
./gctrace.go:126:45:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:126:45
./gctrace.go:126:58: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:126:58:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:126:58:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:126:58
./gctrace.go:126:58:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:126:58
./gctrace.go:126:71: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:126:71:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:126:71:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:126:71
./gctrace.go:126:71:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:126:71
./gctrace.go:127:42: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:127:42:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:127:42:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:127:42
./gctrace.go:127:42:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:127:42
./gctrace.go:127:55: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:127:55:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:127:55:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:127:55
./gctrace.go:127:55:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:127:55
./gctrace.go:127:68: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:127:68:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:127:68:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:127:68
./gctrace.go:127:68:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:127:68
./gctrace.go:128:20: append(errors.e.errs, errors.err) escapes to heap in ParseGCTrace:
./gctrace.go:128:20:   flow: {heap} ← &{storage for append(errors.e.errs, errors.err)}:
./gctrace.go:128:20:     from append(errors.e.errs, errors.err) (spill) at ./gctrace.go:128:20
./gctrace.go:128:20:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:128:20
./gctrace.go:95:19: parameter line leaks to {heap} for ParseGCTrace with derefs=0:
./gctrace.go:95:19:   flow: {heap} ← line:
./gctrace.go:95:19:     from (*regexp.Regexp).FindStringSubmatch(gctraceRE, line) (call parameter) at ./gctrace.go:100:35
./gctrace.go:102:60: line escapes to heap in ParseGCTrace:
./gctrace.go:102:60:   flow: {storage for ... argument} ← &{storage for line}:
./gctrace.go:102:60:     from line (spill) at ./gctrace.go:102:60
./gctrace.go:102:60:     from ... argument (slice-literal-element) at ./gctrace.go:102:31
./gctrace.go:102:60:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:102:60:     from ... argument (spill) at ./gctrace.go:102:31
./gctrace.go:102:60:     from fmt.format, fmt.a := "%w: %q", ... argument (assign-pair) at ./gctrace.go:102:31
./gctrace.go:102:60:   flow: {heap} ← *fmt.a:
./gctrace.go:102:60:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:102:31
./gctrace.go:131:64: line escapes to heap in ParseGCTrace:
./gctrace.go:131:64:   flow: {storage for ... argument} ← &{storage for line}:
./gctrace.go:131:64:     from line (spill) at ./gctrace.go:131:64
./gctrace.go:131:64:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:131:64:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:131:64:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:131:64:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:131:64:   flow: {heap} ← *fmt.a:
./gctrace.go:131:64:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:118:20: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:118:20:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:118:20:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:118:20
./gctrace.go:118:20:     from errors.joinError{...} (struct literal element) at ./gctrace.go:118:20
./gctrace.go:118:20:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:118:20:     from &errors.joinError{...} (spill) at ./gctrace.go:118:20
./gctrace.go:118:20:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:118:20
./gctrace.go:118:20:   flow: {temp} ← *errors.e:
./gctrace.go:118:20:     from errors.e.errs (dot of pointer) at ./gctrace.go:118:20
./gctrace.go:118:20:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:118:20
./gctrace.go:118:20:   flow: {temp} ← {temp}:
./gctrace.go:118:20:   flow: {heap} ← {temp}:
./gctrace.go:118:20:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:118:20
./gctrace.go:120:19: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:120:19:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:120:19:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:120:19
./gctrace.go:120:19:     from errors.joinError{...} (struct literal element) at ./gctrace.go:120:19
./gctrace.go:120:19:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:120:19:     from &errors.joinError{...} (spill) at ./gctrace.go:120:19
./gctrace.go:120:19:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:120:19
./gctrace.go:120:19:   flow: {temp} ← *errors.e:
./gctrace.go:120:19:     from errors.e.errs (dot of pointer) at ./gctrace.go:120:19
./gctrace.go:120:19:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:120:19
./gctrace.go:120:19:   flow: {temp} ← {temp}:
./gctrace.go:120:19:   flow: {heap} ← {temp}:
./gctrace.go:120:19:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:120:19
./gctrace.go:122:25: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:122:25:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:122:25:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:122:25
./gctrace.go:122:25:     from errors.joinError{...} (struct literal element) at ./gctrace.go:122:25
./gctrace.go:122:25:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:122:25:     from &errors.joinError{...} (spill) at ./gctrace.go:122:25
./gctrace.go:122:25:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:122:25
./gctrace.go:122:25:   flow: {temp} ← *errors.e:
./gctrace.go:122:25:     from errors.e.errs (dot of pointer) at ./gctrace.go:122:25
./gctrace.go:122:25:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:122:25
./gctrace.go:122:25:   flow: {temp} ← {temp}:
./gctrace.go:122:25:   flow: {heap} ← {temp}:
./gctrace.go:122:25:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:122:25
./gctrace.go:124:50: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:124:50:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:124:50:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:124:50
./gctrace.go:124:50:     from errors.joinError{...} (struct literal element) at ./gctrace.go:124:50
./gctrace.go:124:50:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:124:50:     from &errors.joinError{...} (spill) at ./gctrace.go:124:50
./gctrace.go:124:50:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:124:50
./gctrace.go:124:50:   flow: {temp} ← *errors.e:
./gctrace.go:124:50:     from errors.e.errs (dot of pointer) at ./gctrace.go:124:50
./gctrace.go:124:50:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:124:50
./gctrace.go:124:50:   flow: {temp} ← {temp}:
./gctrace.go:124:50:   flow: {heap} ← {temp}:
./gctrace.go:124:50:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:124:50
./gctrace.go:124:60: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:124:60:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:124:60:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:124:60
./gctrace.go:124:60:     from errors.joinError{...} (struct literal element) at ./gctrace.go:124:60
./gctrace.go:124:60:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:124:60:     from &errors.joinError{...} (spill) at ./gctrace.go:124:60
./gctrace.go:124:60:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:124:60
./gctrace.go:124:60:   flow: {temp} ← *errors.e:
./gctrace.go:124:60:     from errors.e.errs (dot of pointer) at ./gctrace.go:124:60
./gctrace.go:124:60:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:124:60
./gctrace.go:124:60:   flow: {temp} ← {temp}:
./gctrace.go:124:60:   flow: {heap} ← {temp}:
./gctrace.go:124:60:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:124:60
./gctrace.go:124:70: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:124:70:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:124:70:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:124:70
./gctrace.go:124:70:     from errors.joinError{...} (struct literal element) at ./gctrace.go:124:70
./gctrace.go:124:70:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:124:70:     from &errors.joinError{...} (spill) at ./gctrace.go:124:70
./gctrace.go:124:70:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:124:70
./gctrace.go:124:70:   flow: {temp} ← *errors.e:
./gctrace.go:124:70:     from errors.e.errs (dot of pointer) at ./gctrace.go:124:70
./gctrace.go:124:70:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:124:70
./gctrace.go:124:70:   flow: {temp} ← {temp}:
./gctrace.go:124:70:   flow: {heap} ← {temp}:
./gctrace.go:124:70:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:124:70
./gctrace.go:125:77: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:125:77:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:125:77:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:125:77
./gctrace.go:125:77:     from errors.joinError{...} (struct literal element) at ./gctrace.go:125:77
./gctrace.go:125:77:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:125:77:     from &errors.joinError{...} (spill) at ./gctrace.go:125:77
./gctrace.go:125:77:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:125:77
./gctrace.go:125:77:   flow: {temp} ← *errors.e:
./gctrace.go:125:77:     from errors.e.errs (dot of pointer) at ./gctrace.go:125:77
./gctrace.go:125:77:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:125:77
./gctrace.go:125:77:   flow: {temp} ← {temp}:
./gctrace.go:125:77:   flow: {heap} ← {temp}:
./gctrace.go:125:77:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:125:77
./gctrace.go:125:87: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:125:87:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:125:87:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:125:87
./gctrace.go:125:87:     from errors.joinError{...} (struct literal element) at ./gctrace.go:125:87
./gctrace.go:125:87:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:125:87:     from &errors.joinError{...} (spill) at ./gctrace.go:125:87
./gctrace.go:125:87:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:125:87
./gctrace.go:125:87:   flow: {temp} ← *errors.e:
./gctrace.go:125:87:     from errors.e.errs (dot of pointer) at ./gctrace.go:125:87
./gctrace.go:125:87:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:125:87
./gctrace.go:125:87:   flow: {temp} ← {temp}:
./gctrace.go:125:87:   flow: {heap} ← {temp}:
./gctrace.go:125:87:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:125:87
./gctrace.go:125:97: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:125:97:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:125:97:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:125:97
./gctrace.go:125:97:     from errors.joinError{...} (struct literal element) at ./gctrace.go:125:97
./gctrace.go:125:97:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:125:97:     from &errors.joinError{...} (spill) at ./gctrace.go:125:97
./gctrace.go:125:97:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:125:97
./gctrace.go:125:97:   flow: {temp} ← *errors.e:
./gctrace.go:125:97:     from errors.e.errs (dot of pointer) at ./gctrace.go:125:97
./gctrace.go:125:97:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:125:97
./gctrace.go:125:97:   flow: {temp} ← {temp}:
./gctrace.go:125:97:   flow: {heap} ← {temp}:
./gctrace.go:125:97:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:125:97
./gctrace.go:125:108: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:125:108:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:125:108:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:125:108
./gctrace.go:125:108:     from errors.joinError{...} (struct literal element) at ./gctrace.go:125:108
./gctrace.go:125:108:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:125:108:     from &errors.joinError{...} (spill) at ./gctrace.go:125:108
./gctrace.go:125:108:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:125:108
./gctrace.go:125:108:   flow: {temp} ← *errors.e:
./gctrace.go:125:108:     from errors.e.errs (dot of pointer) at ./gctrace.go:125:108
./gctrace.go:125:108:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:125:108
./gctrace.go:125:108:   flow: {temp} ← {temp}:
./gctrace.go:125:108:   flow: {heap} ← {temp}:
./gctrace.go:125:108:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:125:108
./gctrace.go:125:119: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:125:119:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:125:119:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:125:119
./gctrace.go:125:119:     from errors.joinError{...} (struct literal element) at ./gctrace.go:125:119
./gctrace.go:125:119:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:125:119:     from &errors.joinError{...} (spill) at ./gctrace.go:125:119
./gctrace.go:125:119:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:125:119
./gctrace.go:125:119:   flow: {temp} ← *errors.e:
./gctrace.go:125:119:     from errors.e.errs (dot of pointer) at ./gctrace.go:125:119
./gctrace.go:125:119:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:125:119
./gctrace.go:125:119:   flow: {temp} ← {temp}:
./gctrace.go:125:119:   flow: {heap} ← {temp}:
./gctrace.go:125:119:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:125:119
./gctrace.go:126:45: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:126:45:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:126:45:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:126:45
./gctrace.go:126:45:     from errors.joinError{...} (struct literal element) at ./gctrace.go:126:45
./gctrace.go:126:45:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:126:45:     from &errors.joinError{...} (spill) at ./gctrace.go:126:45
./gctrace.go:126:45:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:126:45
./gctrace.go:126:45:   flow: {temp} ← *errors.e:
./gctrace.go:126:45:     from errors.e.errs (dot of pointer) at ./gctrace.go:126:45
./gctrace.go:126:45:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:126:45
./gctrace.go:126:45:   flow: {temp} ← {temp}:
./gctrace.go:126:45:   flow: {heap} ← {temp}:
./gctrace.go:126:45:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:126:45
./gctrace.go:126:58: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:126:58:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:126:58:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:126:58
./gctrace.go:126:58:     from errors.joinError{...} (struct literal element) at ./gctrace.go:126:58
./gctrace.go:126:58:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:126:58:     from &errors.joinError{...} (spill) at ./gctrace.go:126:58
./gctrace.go:126:58:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:126:58
./gctrace.go:126:58:   flow: {temp} ← *errors.e:
./gctrace.go:126:58:     from errors.e.errs (dot of pointer) at ./gctrace.go:126:58
./gctrace.go:126:58:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:126:58
./gctrace.go:126:58:   flow: {temp} ← {temp}:
./gctrace.go:126:58:   flow: {heap} ← {temp}:
./gctrace.go:126:58:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:126:58
./gctrace.go:126:71: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:126:71:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:126:71:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:126:71
./gctrace.go:126:71:     from errors.joinError{...} (struct literal element) at ./gctrace.go:126:71
./gctrace.go:126:71:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:126:71:     from &errors.joinError{...} (spill) at ./gctrace.go:126:71
./gctrace.go:126:71:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:126:71
./gctrace.go:126:71:   flow: {temp} ← *errors.e:
./gctrace.go:126:71:     from errors.e.errs (dot of pointer) at ./gctrace.go:126:71
./gctrace.go:126:71:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:126:71
./gctrace.go:126:71:   flow: {temp} ← {temp}:
./gctrace.go:126:71:   flow: {heap} ← {temp}:
./gctrace.go:126:71:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:126:71
./gctrace.go:127:42: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:127:42:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:127:42:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:127:42
./gctrace.go:127:42:     from errors.joinError{...} (struct literal element) at ./gctrace.go:127:42
./gctrace.go:127:42:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:127:42:     from &errors.joinError{...} (spill) at ./gctrace.go:127:42
./gctrace.go:127:42:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:127:42
./gctrace.go:127:42:   flow: {temp} ← *errors.e:
./gctrace.go:127:42:     from errors.e.errs (dot of pointer) at ./gctrace.go:127:42
./gctrace.go:127:42:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:127:42
./gctrace.go:127:42:   flow: {temp} ← {temp}:
./gctrace.go:127:42:   flow: {heap} ← {temp}:
./gctrace.go:127:42:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:127:42
./gctrace.go:127:55: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:127:55:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:127:55:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:127:55
./gctrace.go:127:55:     from errors.joinError{...} (struct literal element) at ./gctrace.go:127:55
./gctrace.go:127:55:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:127:55:     from &errors.joinError{...} (spill) at ./gctrace.go:127:55
./gctrace.go:127:55:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:127:55
./gctrace.go:127:55:   flow: {temp} ← *errors.e:
./gctrace.go:127:55:     from errors.e.errs (dot of pointer) at ./gctrace.go:127:55
./gctrace.go:127:55:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:127:55
./gctrace.go:127:55:   flow: {temp} ← {temp}:
./gctrace.go:127:55:   flow: {heap} ← {temp}:
./gctrace.go:127:55:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:127:55
./gctrace.go:127:68: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:127:68:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:127:68:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:127:68
./gctrace.go:127:68:     from errors.joinError{...} (struct literal element) at ./gctrace.go:127:68
./gctrace.go:127:68:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:127:68:     from &errors.joinError{...} (spill) at ./gctrace.go:127:68
./gctrace.go:127:68:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:127:68
./gctrace.go:127:68:   flow: {temp} ← *errors.e:
./gctrace.go:127:68:     from errors.e.errs (dot of pointer) at ./gctrace.go:127:68
./gctrace.go:127:68:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:127:68
./gctrace.go:127:68:   flow: {temp} ← {temp}:
./gctrace.go:127:68:   flow: {heap} ← {temp}:
./gctrace.go:127:68:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:127:68
./gctrace.go:128:20: make([]error, 0, errors.n) escapes to heap in ParseGCTrace:
./gctrace.go:128:20:   flow: {storage for &errors.joinError{...}} ← &{storage for make([]error, 0, errors.n)}:
./gctrace.go:128:20:     from make([]error, 0, errors.n) (spill) at ./gctrace.go:128:20
./gctrace.go:128:20:     from errors.joinError{...} (struct literal element) at ./gctrace.go:128:20
./gctrace.go:128:20:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:128:20:     from &errors.joinError{...} (spill) at ./gctrace.go:128:20
./gctrace.go:128:20:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:128:20
./gctrace.go:128:20:   flow: {temp} ← *errors.e:
./gctrace.go:128:20:     from errors.e.errs (dot of pointer) at ./gctrace.go:128:20
./gctrace.go:128:20:     from append(errors.e.errs, errors.err) (call parameter) at ./gctrace.go:128:20
./gctrace.go:128:20:   flow: {temp} ← {temp}:
./gctrace.go:128:20:   flow: {heap} ← {temp}:
./gctrace.go:128:20:     from errors.e.errs = append(errors.e.errs, errors.err) (assign) at ./gctrace.go:128:20
./gctrace.go:118:20: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:118:20:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:118:20:     from &errors.joinError{...} (spill) at ./gctrace.go:118:20
./gctrace.go:118:20:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:118:20
./gctrace.go:118:20:   flow: ~r0 ← errors.e:
./gctrace.go:118:20:     from errors.e (interface-converted) at ./gctrace.go:118:20
./gctrace.go:118:20:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:118:20
./gctrace.go:118:20:   flow: err ← ~r0:
./gctrace.go:118:20:     from err = ~r0 (assign) at ./gctrace.go:118:20
./gctrace.go:118:20:   flow: {storage for ... argument} ← err:
./gctrace.go:118:20:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:118:20:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:118:20:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:118:20:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:118:20:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:118:20:   flow: {heap} ← *fmt.a:
./gctrace.go:118:20:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:120:19: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:120:19:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:120:19:     from &errors.joinError{...} (spill) at ./gctrace.go:120:19
./gctrace.go:120:19:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:120:19
./gctrace.go:120:19:   flow: ~r0 ← errors.e:
./gctrace.go:120:19:     from errors.e (interface-converted) at ./gctrace.go:120:19
./gctrace.go:120:19:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:120:19
./gctrace.go:120:19:   flow: err ← ~r0:
./gctrace.go:120:19:     from err = ~r0 (assign) at ./gctrace.go:120:6
./gctrace.go:120:19:   flow: {storage for ... argument} ← err:
./gctrace.go:120:19:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:120:19:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:120:19:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:120:19:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:120:19:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:120:19:   flow: {heap} ← *fmt.a:
./gctrace.go:120:19:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:122:25: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:122:25:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:122:25:     from &errors.joinError{...} (spill) at ./gctrace.go:122:25
./gctrace.go:122:25:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:122:25
./gctrace.go:122:25:   flow: ~r0 ← errors.e:
./gctrace.go:122:25:     from errors.e (interface-converted) at ./gctrace.go:122:25
./gctrace.go:122:25:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:122:25
./gctrace.go:122:25:   flow: err ← ~r0:
./gctrace.go:122:25:     from err = ~r0 (assign) at ./gctrace.go:122:25
./gctrace.go:122:25:   flow: {storage for ... argument} ← err:
./gctrace.go:122:25:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:122:25:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:122:25:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:122:25:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:122:25:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:122:25:   flow: {heap} ← *fmt.a:
./gctrace.go:122:25:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:124:50: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:124:50:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:124:50:     from &errors.joinError{...} (spill) at ./gctrace.go:124:50
./gctrace.go:124:50:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:124:50
./gctrace.go:124:50:   flow: ~r0 ← errors.e:
./gctrace.go:124:50:     from errors.e (interface-converted) at ./gctrace.go:124:50
./gctrace.go:124:50:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:124:50
./gctrace.go:124:50:   flow: err ← ~r0:
./gctrace.go:124:50:     from err = ~r0 (assign) at ./gctrace.go:124:50
./gctrace.go:124:50:   flow: {storage for ... argument} ← err:
./gctrace.go:124:50:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:124:50:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:124:50:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:124:50:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:124:50:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:124:50:   flow: {heap} ← *fmt.a:
./gctrace.go:124:50:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:124:60: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:124:60:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:124:60:     from &errors.joinError{...} (spill) at ./gctrace.go:124:60
./gctrace.go:124:60:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:124:60
./gctrace.go:124:60:   flow: ~r0 ← errors.e:
./gctrace.go:124:60:     from errors.e (interface-converted) at ./gctrace.go:124:60
./gctrace.go:124:60:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:124:60
./gctrace.go:124:60:   flow: err ← ~r0:
./gctrace.go:124:60:     from err = ~r0 (assign) at ./gctrace.go:124:60
./gctrace.go:124:60:   flow: {storage for ... argument} ← err:
./gctrace.go:124:60:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:124:60:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:124:60:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:124:60:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:124:60:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:124:60:   flow: {heap} ← *fmt.a:
./gctrace.go:124:60:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:124:70: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:124:70:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:124:70:     from &errors.joinError{...} (spill) at ./gctrace.go:124:70
./gctrace.go:124:70:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:124:70
./gctrace.go:124:70:   flow: ~r0 ← errors.e:
./gctrace.go:124:70:     from errors.e (interface-converted) at ./gctrace.go:124:70
./gctrace.go:124:70:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:124:70
./gctrace.go:124:70:   flow: err ← ~r0:
./gctrace.go:124:70:     from err = ~r0 (assign) at ./gctrace.go:124:70
./gctrace.go:124:70:   flow: {storage for ... argument} ← err:
./gctrace.go:124:70:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:124:70:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:124:70:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:124:70:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:124:70:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:124:70:   flow: {heap} ← *fmt.a:
./gctrace.go:124:70:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:125:77: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:125:77:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:125:77:     from &errors.joinError{...} (spill) at ./gctrace.go:125:77
./gctrace.go:125:77:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:125:77
./gctrace.go:125:77:   flow: ~r0 ← errors.e:
./gctrace.go:125:77:     from errors.e (interface-converted) at ./gctrace.go:125:77
./gctrace.go:125:77:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:125:77
./gctrace.go:125:77:   flow: err ← ~r0:
./gctrace.go:125:77:     from err = ~r0 (assign) at ./gctrace.go:125:77
./gctrace.go:125:77:   flow: {storage for ... argument} ← err:
./gctrace.go:125:77:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:125:77:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:125:77:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:125:77:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:125:77:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:125:77:   flow: {heap} ← *fmt.a:
./gctrace.go:125:77:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:125:87: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:125:87:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:125:87:     from &errors.joinError{...} (spill) at ./gctrace.go:125:87
./gctrace.go:125:87:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:125:87
./gctrace.go:125:87:   flow: ~r0 ← errors.e:
./gctrace.go:125:87:     from errors.e (interface-converted) at ./gctrace.go:125:87
./gctrace.go:125:87:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:125:87
./gctrace.go:125:87:   flow: err ← ~r0:
./gctrace.go:125:87:     from err = ~r0 (assign) at ./gctrace.go:125:87
./gctrace.go:125:87:   flow: {storage for ... argument} ← err:
./gctrace.go:125:87:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:125:87:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:125:87:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:125:87:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:125:87:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:125:87:   flow: {heap} ← *fmt.a:
./gctrace.go:125:87:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:125:97: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:125:97:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:125:97:     from &errors.joinError{...} (spill) at ./gctrace.go:125:97
./gctrace.go:125:97:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:125:97
./gctrace.go:125:97:   flow: ~r0 ← errors.e:
./gctrace.go:125:97:     from errors.e (interface-converted) at ./gctrace.go:125:97
./gctrace.go:125:97:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:125:97
./gctrace.go:125:97:   flow: err ← ~r0:
./gctrace.go:125:97:     from err = ~r0 (assign) at ./gctrace.go:125:97
./gctrace.go:125:97:   flow: {storage for ... argument} ← err:
./gctrace.go:125:97:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:125:97:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:125:97:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:125:97:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:125:97:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:125:97:   flow: {heap} ← *fmt.a:
./gctrace.go:125:97:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:125:108: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:125:108:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:125:108:     from &errors.joinError{...} (spill) at ./gctrace.go:125:108
./gctrace.go:125:108:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:125:108
./gctrace.go:125:108:   flow: ~r0 ← errors.e:
./gctrace.go:125:108:     from errors.e (interface-converted) at ./gctrace.go:125:108
./gctrace.go:125:108:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:125:108
./gctrace.go:125:108:   flow: err ← ~r0:
./gctrace.go:125:108:     from err = ~r0 (assign) at ./gctrace.go:125:108
./gctrace.go:125:108:   flow: {storage for ... argument} ← err:
./gctrace.go:125:108:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:125:108:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:125:108:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:125:108:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:125:108:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:125:108:   flow: {heap} ← *fmt.a:
./gctrace.go:125:108:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:125:119: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:125:119:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:125:119:     from &errors.joinError{...} (spill) at ./gctrace.go:125:119
./gctrace.go:125:119:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:125:119
./gctrace.go:125:119:   flow: ~r0 ← errors.e:
./gctrace.go:125:119:     from errors.e (interface-converted) at ./gctrace.go:125:119
./gctrace.go:125:119:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:125:119
./gctrace.go:125:119:   flow: err ← ~r0:
./gctrace.go:125:119:     from err = ~r0 (assign) at ./gctrace.go:125:119
./gctrace.go:125:119:   flow: {storage for ... argument} ← err:
./gctrace.go:125:119:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:125:119:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:125:119:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:125:119:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:125:119:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:125:119:   flow: {heap} ← *fmt.a:
./gctrace.go:125:119:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:126:45: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:126:45:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:126:45:     from &errors.joinError{...} (spill) at ./gctrace.go:126:45
./gctrace.go:126:45:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:126:45
./gctrace.go:126:45:   flow: ~r0 ← errors.e:
./gctrace.go:126:45:     from errors.e (interface-converted) at ./gctrace.go:126:45
./gctrace.go:126:45:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:126:45
./gctrace.go:126:45:   flow: err ← ~r0:
./gctrace.go:126:45:     from err = ~r0 (assign) at ./gctrace.go:126:45
./gctrace.go:126:45:   flow: {storage for ... argument} ← err:
./gctrace.go:126:45:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:126:45:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:126:45:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:126:45:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:126:45:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:126:45:   flow: {heap} ← *fmt.a:
./gctrace.go:126:45:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:126:58: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:126:58:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:126:58:     from &errors.joinError{...} (spill) at ./gctrace.go:126:58
./gctrace.go:126:58:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:126:58
./gctrace.go:126:58:   flow: ~r0 ← errors.e:
./gctrace.go:126:58:     from errors.e (interface-converted) at ./gctrace.go:126:58
./gctrace.go:126:58:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:126:58
./gctrace.go:126:58:   flow: err ← ~r0:
./gctrace.go:126:58:     from err = ~r0 (assign) at ./gctrace.go:126:58
./gctrace.go:126:58:   flow: {storage for ... argument} ← err:
./gctrace.go:126:58:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:126:58:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:126:58:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:126:58:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:126:58:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:126:58:   flow: {heap} ← *fmt.a:
./gctrace.go:126:58:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:126:71: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:126:71:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:126:71:     from &errors.joinError{...} (spill) at ./gctrace.go:126:71
./gctrace.go:126:71:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:126:71
./gctrace.go:126:71:   flow: ~r0 ← errors.e:
./gctrace.go:126:71:     from errors.e (interface-converted) at ./gctrace.go:126:71
./gctrace.go:126:71:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:126:71
./gctrace.go:126:71:   flow: err ← ~r0:
./gctrace.go:126:71:     from err = ~r0 (assign) at ./gctrace.go:126:71
./gctrace.go:126:71:   flow: {storage for ... argument} ← err:
./gctrace.go:126:71:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:126:71:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:126:71:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:126:71:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:126:71:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:126:71:   flow: {heap} ← *fmt.a:
./gctrace.go:126:71:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:127:42: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:127:42:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:127:42:     from &errors.joinError{...} (spill) at ./gctrace.go:127:42
./gctrace.go:127:42:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:127:42
./gctrace.go:127:42:   flow: ~r0 ← errors.e:
./gctrace.go:127:42:     from errors.e (interface-converted) at ./gctrace.go:127:42
./gctrace.go:127:42:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:127:42
./gctrace.go:127:42:   flow: err ← ~r0:
./gctrace.go:127:42:     from err = ~r0 (assign) at ./gctrace.go:127:42
./gctrace.go:127:42:   flow: {storage for ... argument} ← err:
./gctrace.go:127:42:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:127:42:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:127:42:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:127:42:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:127:42:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:127:42:   flow: {heap} ← *fmt.a:
./gctrace.go:127:42:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:127:55: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:127:55:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:127:55:     from &errors.joinError{...} (spill) at ./gctrace.go:127:55
./gctrace.go:127:55:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:127:55
./gctrace.go:127:55:   flow: ~r0 ← errors.e:
./gctrace.go:127:55:     from errors.e (interface-converted) at ./gctrace.go:127:55
./gctrace.go:127:55:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:127:55
./gctrace.go:127:55:   flow: err ← ~r0:
./gctrace.go:127:55:     from err = ~r0 (assign) at ./gctrace.go:127:55
./gctrace.go:127:55:   flow: {storage for ... argument} ← err:
./gctrace.go:127:55:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:127:55:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:127:55:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:127:55:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:127:55:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:127:55:   flow: {heap} ← *fmt.a:
./gctrace.go:127:55:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:127:68: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:127:68:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:127:68:     from &errors.joinError{...} (spill) at ./gctrace.go:127:68
./gctrace.go:127:68:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:127:68
./gctrace.go:127:68:   flow: ~r0 ← errors.e:
./gctrace.go:127:68:     from errors.e (interface-converted) at ./gctrace.go:127:68
./gctrace.go:127:68:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:127:68
./gctrace.go:127:68:   flow: err ← ~r0:
./gctrace.go:127:68:     from err = ~r0 (assign) at ./gctrace.go:127:68
./gctrace.go:127:68:   flow: {storage for ... argument} ← err:
./gctrace.go:127:68:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:127:68:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:127:68:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:127:68:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:127:68:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:127:68:   flow: {heap} ← *fmt.a:
./gctrace.go:127:68:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:128:20: &errors.joinError{...} escapes to heap in ParseGCTrace:
./gctrace.go:128:20:   flow: errors.e ← &{storage for &errors.joinError{...}}:
./gctrace.go:128:20:     from &errors.joinError{...} (spill) at ./gctrace.go:128:20
./gctrace.go:128:20:     from errors.e := &errors.joinError{...} (assign) at ./gctrace.go:128:20
./gctrace.go:128:20:   flow: ~r0 ← errors.e:
./gctrace.go:128:20:     from errors.e (interface-converted) at ./gctrace.go:128:20
./gctrace.go:128:20:     from ~r0 = errors.e (assign-pair) at ./gctrace.go:128:20
./gctrace.go:128:20:   flow: err ← ~r0:
./gctrace.go:128:20:     from err = ~r0 (assign) at ./gctrace.go:128:20
./gctrace.go:128:20:   flow: {storage for ... argument} ← err:
./gctrace.go:128:20:     from err (interface-converted) at ./gctrace.go:131:70
./gctrace.go:128:20:     from ... argument (slice-literal-element) at ./gctrace.go:131:31
./gctrace.go:128:20:   flow: fmt.a ← &{storage for ... argument}:
./gctrace.go:128:20:     from ... argument (spill) at ./gctrace.go:131:31
./gctrace.go:128:20:     from fmt.format, fmt.a := "%w: %q: %w", ... argument (assign-pair) at ./gctrace.go:131:31
./gctrace.go:128:20:   flow: {heap} ← *fmt.a:
./gctrace.go:128:20:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./gctrace.go:131:31
./gctrace.go:95:19: parameter line leaks to {storage for line} for ParseGCTrace with derefs=0:
./gctrace.go:95:19:   flow: {storage for line} ← line:
./gctrace.go:95:19:     from line (interface-converted) at ./gctrace.go:131:64
./gctrace.go:95:19: parameter line leaks to {storage for line} for ParseGCTrace with derefs=0:
./gctrace.go:95:19:   flow: {storage for line} ← line:
./gctrace.go:95:19:     from line (interface-converted) at ./gctrace.go:102:60
./gctrace.go:102:31: &errors.errorString{...} escapes to heap in ParseGCTrace:
./gctrace.go:102:31:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./gctrace.go:102:31:     from &errors.errorString{...} (spill) at ./gctrace.go:102:31
./gctrace.go:102:31:     from &errors.errorString{...} (interface-converted) at ./gctrace.go:102:31
./gctrace.go:102:31:     from ~r0 = &errors.errorString{...} (assign-pair) at ./gctrace.go:102:31
./gctrace.go:102:31:   flow: fmt.err ← ~r0:
./gctrace.go:102:31:     from fmt.err = ~r0 (assign-pair) at ./gctrace.go:102:31
./gctrace.go:102:31:   flow: ~r1 ← fmt.err:
./gctrace.go:102:31:     from return GCTrace{}, fmt.err (return) at ./gctrace.go:102:3
./gctrace.go:131:31: &errors.errorString{...} escapes to heap in ParseGCTrace:
./gctrace.go:131:31:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./gctrace.go:131:31:     from &errors.errorString{...} (spill) at ./gctrace.go:131:31
./gctrace.go:131:31:     from &errors.errorString{...} (interface-converted) at ./gctrace.go:131:31
./gctrace.go:131:31:     from ~r0 = &errors.errorString{...} (assign-pair) at ./gctrace.go:131:31
./gctrace.go:131:31:   flow: fmt.err ← ~r0:
./gctrace.go:131:31:     from fmt.err = ~r0 (assign-pair) at ./gctrace.go:131:31
./gctrace.go:131:31:   flow: ~r1 ← fmt.err:
./gctrace.go:131:31:     from return GCTrace{}, fmt.err (return) at ./gctrace.go:131:3
./gctrace.go:95:19: leaking param: line
./gctrace.go:102:31: ... argument does not escape
./gctrace.go:102:60: line escapes to heap
./gctrace.go:102:31: &errors.errorString{...} escapes to heap
./gctrace.go:118:20: ... argument does not escape
./gctrace.go:118:20: &errors.joinError{...} escapes to heap
./gctrace.go:118:20: make([]error, 0, errors.n) escapes to heap
./gctrace.go:118:20: append escapes to heap
./gctrace.go:120:19: ... argument does not escape
./gctrace.go:120:19: &errors.joinError{...} escapes to heap
./gctrace.go:120:19: make([]error, 0, errors.n) escapes to heap
./gctrace.go:120:19: append escapes to heap
./gctrace.go:122:25: ... argument does not escape
./gctrace.go:122:25: &errors.joinError{...} escapes to heap
./gctrace.go:122:25: make([]error, 0, errors.n) escapes to heap
./gctrace.go:122:25: append escapes to heap
./gctrace.go:124:50: ... argument does not escape
./gctrace.go:124:50: &errors.joinError{...} escapes to heap
./gctrace.go:124:50: make([]error, 0, errors.n) escapes to heap
./gctrace.go:124:50: append escapes to heap
./gctrace.go:124:60: ... argument does not escape
./gctrace.go:124:60: &errors.joinError{...} escapes to heap
./gctrace.go:124:60: make([]error, 0, errors.n) escapes to heap
./gctrace.go:124:60: append escapes to heap
./gctrace.go:124:70: ... argument does not escape
./gctrace.go:124:70: &errors.joinError{...} escapes to heap
./gctrace.go:124:70: make([]error, 0, errors.n) escapes to heap
./gctrace.go:124:70: append escapes to heap
./gctrace.go:125:77: ... argument does not escape
./gctrace.go:125:77: &errors.joinError{...} escapes to heap
./gctrace.go:125:77: make([]error, 0, errors.n) escapes to heap
./gctrace.go:125:77: append escapes to heap
./gctrace.go:125:87: ... argument does not escape
./gctrace.go:125:87: &errors.joinError{...} escapes to heap
./gctrace.go:125:87: make([]error, 0, errors.n) escapes to heap
./gctrace.go:125:87: append escapes to heap
./gctrace.go:125:97: ... argument does not escape
./gctrace.go:125:97: &errors.joinError{...} escapes to heap
./gctrace.go:125:97: make([]error, 0, errors.n) escapes to heap
./gctrace.go:125:97: append escapes to heap
./gctrace.go:125:108: ... argument does not escape
./gctrace.go:125:108: &errors.joinError{...} escapes to heap
./gctrace.go:125:108: make([]error, 0, errors.n) escapes to heap
./gctrace.go:125:108: append escapes to heap
./gctrace.go:125:119: ... argument does not escape
./gctrace.go:125:119: &errors.joinError{...} escapes to heap
./gctrace.go:125:119: make([]error, 0, errors.n) escapes to heap
./gctrace.go:125:119: append escapes to heap
./gctrace.go:126:45: ... argument does not escape
./gctrace.go:126:45: &errors.joinError{...} escapes to heap
./gctrace.go:126:45: make([]error, 0, errors.n) escapes to heap
./gctrace.go:126:45: append escapes to heap
./gctrace.go:126:58: ... argument does not escape
./gctrace.go:126:58: &errors.joinError{...} escapes to heap
./gctrace.go:126:58: make([]error, 0, errors.n) escapes to heap
./gctrace.go:126:58: append escapes to heap
./gctrace.go:126:71: ... argument does not escape
./gctrace.go:126:71: &errors.joinError{...} escapes to heap
./gctrace.go:126:71: make([]error, 0, errors.n) escapes to heap
./gctrace.go:126:71: append escapes to heap
./gctrace.go:127:42: ... argument does not escape
./gctrace.go:127:42: &errors.joinError{...} escapes to heap
./gctrace.go:127:42: make([]error, 0, errors.n) escapes to heap
./gctrace.go:127:42: append escapes to heap
./gctrace.go:127:55: ... argument does not escape
./gctrace.go:127:55: &errors.joinError{...} escapes to heap
./gctrace.go:127:55: make([]error, 0, errors.n) escapes to heap
./gctrace.go:127:55: append escapes to heap
./gctrace.go:127:68: ... argument does not escape
./gctrace.go:127:68: &errors.joinError{...} escapes to heap
./gctrace.go:127:68: make([]error, 0, errors.n) escapes to heap
./gctrace.go:127:68: append escapes to heap
./gctrace.go:128:20: ... argument does not escape
./gctrace.go:128:20: &errors.joinError{...} escapes to heap
./gctrace.go:128:20: make([]error, 0, errors.n) escapes to heap
./gctrace.go:128:20: append escapes to heap
./gctrace.go:131:31: ... argument does not escape
./gctrace.go:131:64: line escapes to heap
./gctrace.go:131:31: &errors.errorString{...} escapes to heap
./gctrace.go:150:11: "Buffer called after Scan" escapes to heap in ScanGCTrace:
./gctrace.go:150:11:   flow: {heap} ← &{storage for "Buffer called after Scan"}:
./gctrace.go:150:11:     from "Buffer called after Scan" (spill) at ./gctrace.go:150:11
./gctrace.go:150:11:     from panic("Buffer called after Scan") (call parameter) at ./gctrace.go:150:11
./gctrace.go:147:31: parameter other leaks to {heap} for ScanGCTrace with derefs=0:
./gctrace.go:147:31:   flow: {heap} ← other:
./gctrace.go:147:31:     from fmt.Fprintln(other, ... argument...) (call parameter) at ./gctrace.go:161:17
./gctrace.go:152:33: string(bufio.s.token) escapes to heap in ScanGCTrace:
./gctrace.go:152:33:   flow: ~r0 ← &{storage for string(bufio.s.token)}:
./gctrace.go:152:33:     from string(bufio.s.token) (spill) at ./gctrace.go:152:33
./gctrace.go:152:33:     from ~r0 = string(bufio.s.token) (assign-pair) at ./gctrace.go:152:33
./gctrace.go:152:33:   flow: {heap} ← ~r0:
./gctrace.go:152:33:     from ParseGCTrace(~r0) (call parameter) at ./gctrace.go:152:25
./gctrace.go:157:47: string(bufio.s.token) escapes to heap in ScanGCTrace:
./gctrace.go:157:47:   flow: ~r0 ← &{storage for string(bufio.s.token)}:
./gctrace.go:157:47:     from string(bufio.s.token) (spill) at ./gctrace.go:157:47
./gctrace.go:157:47:     from ~r0 = string(bufio.s.token) (assign-pair) at ./gctrace.go:157:47
./gctrace.go:157:47:   flow: {heap} ← ~r0:
./gctrace.go:157:47:     from append(log.Unparsed, ~r0) (call parameter) at ./gctrace.go:157:25
./gctrace.go:161:32: ~r0 escapes to heap in ScanGCTrace:
./gctrace.go:161:32:   flow: {storage for ... argument} ← &{storage for ~r0}:
./gctrace.go:161:32:     from ~r0 (spill) at ./gctrace.go:161:32
./gctrace.go:161:32:     from ... argument (slice-literal-element) at ./gctrace.go:161:17
./gctrace.go:161:32:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:161:32:     from ... argument (spill) at ./gctrace.go:161:17
./gctrace.go:161:32:     from fmt.Fprintln(other, ... argument...) (call parameter) at ./gctrace.go:161:17
./gctrace.go:147:18: parameter r leaks to {heap} for ScanGCTrace with derefs=0:
./gctrace.go:147:18:   flow: bufio.r ← r:
./gctrace.go:147:18:     from bufio.r := r (assign-pair) at ./gctrace.go:149:24
./gctrace.go:147:18:   flow: {storage for &bufio.Scanner{...}} ← bufio.r:
./gctrace.go:147:18:     from bufio.Scanner{...} (struct literal element) at ./gctrace.go:149:24
./gctrace.go:147:18:   flow: ~r0 ← &{storage for &bufio.Scanner{...}}:
./gctrace.go:147:18:     from &bufio.Scanner{...} (spill) at ./gctrace.go:149:24
./gctrace.go:147:18:     from ~r0 = &bufio.Scanner{...} (assign-pair) at ./gctrace.go:149:24
./gctrace.go:147:18:   flow: sc ← ~r0:
./gctrace.go:147:18:     from sc := ~r0 (assign) at ./gctrace.go:149:5
./gctrace.go:147:18:   flow: {temp} ← sc:
./gctrace.go:147:18:     from (*bufio.Scanner).Scan(sc) (call parameter) at ./gctrace.go:151:13
./gctrace.go:147:18:   flow: {heap} ← *{temp}:
./gctrace.go:161:32: string(bufio.s.token) escapes to heap in ScanGCTrace:
./gctrace.go:161:32:   flow: ~r0 ← &{storage for string(bufio.s.token)}:
./gctrace.go:161:32:     from string(bufio.s.token) (spill) at ./gctrace.go:161:32
./gctrace.go:161:32:     from ~r0 = string(bufio.s.token) (assign-pair) at ./gctrace.go:161:32
./gctrace.go:161:32:   flow: {storage for ~r0} ← ~r0:
./gctrace.go:161:32:     from ~r0 (interface-converted) at ./gctrace.go:161:32
./gctrace.go:166:26: &errors.errorString{...} escapes to heap in ScanGCTrace:
./gctrace.go:166:26:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./gctrace.go:166:26:     from &errors.errorString{...} (spill) at ./gctrace.go:166:26
./gctrace.go:166:26:     from &errors.errorString{...} (interface-converted) at ./gctrace.go:166:26
./gctrace.go:166:26:     from ~r0 = &errors.errorString{...} (assign-pair) at ./gctrace.go:166:26
./gctrace.go:166:26:   flow: fmt.err ← ~r0:
./gctrace.go:166:26:     from fmt.err = ~r0 (assign-pair) at ./gctrace.go:166:26
./gctrace.go:166:26:   flow: ~r1 ← fmt.err:
./gctrace.go:166:26:     from return &log, fmt.err (return) at ./gctrace.go:166:3
./gctrace.go:148:6: log escapes to heap in ScanGCTrace:
./gctrace.go:148:6:   flow: ~r0 ← &log:
./gctrace.go:148:6:     from &log (address-of) at ./gctrace.go:166:10
./gctrace.go:148:6:     from return &log, fmt.err (return) at ./gctrace.go:166:3
./gctrace.go:155:23: append(log.Cycles, g) escapes to heap in ScanGCTrace:
./gctrace.go:155:23:   flow: log ← &{storage for append(log.Cycles, g)}:
./gctrace.go:155:23:     from append(log.Cycles, g) (spill) at ./gctrace.go:155:23
./gctrace.go:155:23:     from log.Cycles = append(log.Cycles, g) (assign) at ./gctrace.go:155:15
./gctrace.go:157:25: append(log.Unparsed, ~r0) escapes to heap in ScanGCTrace:
./gctrace.go:157:25:   flow: log ← &{storage for append(log.Unparsed, ~r0)}:
./gctrace.go:157:25:     from append(log.Unparsed, ~r0) (spill) at ./gctrace.go:157:25
./gctrace.go:157:25:     from log.Unparsed = append(log.Unparsed, ~r0) (assign) at ./gctrace.go:157:17
./gctrace.go:147:18: leaking param: r
./gctrace.go:147:31: leaking param: other
./gctrace.go:148:6: moved to heap: log
./gctrace.go:149:24: &bufio.Scanner{...} does not escape
./gctrace.go:150:11: "Buffer called after Scan" escapes to heap
./gctrace.go:152:33: string(bufio.s.token) escapes to heap
./gctrace.go:155:23: append escapes to heap
./gctrace.go:157:47: string(bufio.s.token) escapes to heap
./gctrace.go:157:25: append escapes to heap
./gctrace.go:161:17: ... argument does not escape
./gctrace.go:161:32: ~r0 escapes to heap
./gctrace.go:161:32: string(bufio.s.token) escapes to heap
./gctrace.go:166:26: ... argument does not escape
./gctrace.go:166:26: &errors.errorString{...} escapes to heap
./workload.go:144:6: stdout escapes to heap in runChild:
./workload.go:144:6:   flow: {heap} ← &stdout:
./workload.go:144:6:     from &stdout (address-of) at ./workload.go:145:15
./workload.go:144:6:     from &stdout (interface-converted) at ./workload.go:145:15
./workload.go:144:6:     from cmd.Stdout = &stdout (assign) at ./workload.go:145:13
./workload.go:171:35: ([]byte)(last) escapes to heap in runChild:
./workload.go:171:35:   flow: {heap} ← &{storage for ([]byte)(last)}:
./workload.go:171:35:     from ([]byte)(last) (spill) at ./workload.go:171:35
./workload.go:171:35:     from json.Unmarshal(([]byte)(last), &run.Result) (call parameter) at ./workload.go:171:27
./workload.go:138:15: parameter ctx leaks to {heap} for runChild with derefs=0:
./workload.go:138:15:   flow: {heap} ← ctx:
./workload.go:138:15:     from exec.CommandContext(ctx, argv[0], argv[1:]...) (call parameter) at ./workload.go:142:28
./workload.go:138:36: parameter argv leaks to {heap} for runChild with derefs=1:
./workload.go:138:36:   flow: {heap} ← *argv:
./workload.go:138:36:     from argv[0] (dot of pointer) at ./workload.go:142:38
./workload.go:138:36:     from exec.CommandContext(ctx, argv[0], argv[1:]...) (call parameter) at ./workload.go:142:28
./workload.go:138:51: parameter env leaks to {heap} for runChild with derefs=1:
./workload.go:138:51:   flow: {heap} ← *env:
./workload.go:138:51:     from append(~r0, env...) (call parameter) at ./workload.go:143:30
./workload.go:138:51:     from append(~r0, env...) (appended slice...) at ./workload.go:143:30
./workload.go:154:54: &io.multiWriter{...} escapes to heap in runChild:
./workload.go:154:54:   flow: ~r0 ← &{storage for &io.multiWriter{...}}:
./workload.go:154:54:     from &io.multiWriter{...} (spill) at ./workload.go:154:54
./workload.go:154:54:     from &io.multiWriter{...} (interface-converted) at ./workload.go:154:54
./workload.go:154:54:     from ~r0 = &io.multiWriter{...} (assign-pair) at ./workload.go:154:54
./workload.go:154:54:   flow: {heap} ← ~r0:
./workload.go:154:54:     from ScanGCTrace(stderr, ~r0) (call parameter) at ./workload.go:154:31
./workload.go:162:9: &ChildRun{...} escapes to heap in runChild:
./workload.go:162:9:   flow: run ← &{storage for &ChildRun{...}}:
./workload.go:162:9:     from &ChildRun{...} (spill) at ./workload.go:162:9
./workload.go:162:9:     from run := &ChildRun{...} (assign) at ./workload.go:162:6
./workload.go:162:9:   flow: {heap} ← run:
./workload.go:162:9:     from run.Result (dot of pointer) at ./workload.go:171:46
./workload.go:162:9:     from &run.Result (address-of) at ./workload.go:171:42
./workload.go:162:9:     from &run.Result (interface-converted) at ./workload.go:171:42
./workload.go:162:9:     from json.Unmarshal(([]byte)(last), &run.Result) (call parameter) at ./workload.go:171:27
./workload.go:152:50: argv[0] escapes to heap in runChild:
./workload.go:152:50:   flow: {storage for ... argument} ← &{storage for argv[0]}:
./workload.go:152:50:     from argv[0] (spill) at ./workload.go:152:50
./workload.go:152:50:     from ... argument (slice-literal-element) at ./workload.go:152:25
./workload.go:152:50:   flow: fmt.a ← &{storage for ... argument}:
./workload.go:152:50:     from ... argument (spill) at ./workload.go:152:25
./workload.go:152:50:     from fmt.format, fmt.a := "run child %s: %w", ... argument (assign-pair) at ./workload.go:152:25
./workload.go:152:50:   flow: {heap} ← *fmt.a:
./workload.go:152:50:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./workload.go:152:25
./workload.go:157:66: strings.Join(argv, " ") escapes to heap in runChild:
./workload.go:157:66:   flow: {storage for ... argument} ← &{storage for strings.Join(argv, " ")}:
./workload.go:157:66:     from strings.Join(argv, " ") (spill) at ./workload.go:157:66
./workload.go:157:66:     from ... argument (slice-literal-element) at ./workload.go:157:25
./workload.go:157:66:   flow: fmt.a ← &{storage for ... argument}:
./workload.go:157:66:     from ... argument (spill) at ./workload.go:157:25
./workload.go:157:66:     from fmt.format, fmt.a := "%w: %s: %w\n%s", ... argument (assign-pair) at ./workload.go:157:25
./workload.go:157:66:   flow: {heap} ← *fmt.a:
./workload.go:157:66:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./workload.go:157:25
./workload.go:157:105: strings.TrimSpace(~r0) escapes to heap in runChild:
./workload.go:157:105:   flow: {storage for ... argument} ← &{storage for strings.TrimSpace(~r0)}:
./workload.go:157:105:     from strings.TrimSpace(~r0) (spill) at ./workload.go:157:105
./workload.go:157:105:     from ... argument (slice-literal-element) at ./workload.go:157:25
./workload.go:157:105:   flow: fmt.a ← &{storage for ... argument}:
./workload.go:157:105:     from ... argument (spill) at ./workload.go:157:25
./workload.go:157:105:     from fmt.format, fmt.a := "%w: %s: %w\n%s", ... argument (assign-pair) at ./workload.go:157:25
./workload.go:157:105:   flow: {heap} ← *fmt.a:
./workload.go:157:105:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./workload.go:157:25
./workload.go:172:63: last escapes to heap in runChild:
./workload.go:172:63:   flow: {storage for ... argument} ← &{storage for last}:
./workload.go:172:63:     from last (spill) at ./workload.go:172:63
./workload.go:172:63:     from ... argument (slice-literal-element) at ./workload.go:172:26
./workload.go:172:63:   flow: fmt.a ← &{storage for ... argument}:
./workload.go:172:63:     from ... argument (spill) at ./workload.go:172:26
./workload.go:172:63:     from fmt.format, fmt.a := "%w: result line %q: %w", ... argument (assign-pair) at ./workload.go:172:26
./workload.go:172:63:   flow: {heap} ← *fmt.a:
./workload.go:172:63:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./workload.go:172:26
./workload.go:150:6: other escapes to heap in runChild:
./workload.go:150:6:   flow: {storage for ... argument} ← &other:
./workload.go:150:6:     from &other (address-of) at ./workload.go:154:55
./workload.go:150:6:     from &other (interface-converted) at ./workload.go:154:55
./workload.go:150:6:     from ... argument (slice-literal-element) at ./workload.go:154:54
./workload.go:150:6:   flow: io.writers ← &{storage for ... argument}:
./workload.go:150:6:     from ... argument (spill) at ./workload.go:154:54
./workload.go:150:6:     from io.writers := ... argument (assign-pair) at ./workload.go:154:54
./workload.go:150:6:   flow: {temp} ← io.writers:
./workload.go:150:6:   flow: io.w ← *{temp}:
./workload.go:150:6:     from for loop (range-deref) at ./workload.go:154:54
./workload.go:150:6:   flow: {heap} ← io.w:
./workload.go:150:6:     from append(io.allWriters, io.w) (call parameter) at ./workload.go:154:54
./workload.go:138:83: parameter passStderr leaks to {heap} for runChild with derefs=0:
./workload.go:138:83:   flow: w ← passStderr:
./workload.go:138:83:     from w := passStderr (assign-pair) at ./workload.go:154:72
./workload.go:138:83:   flow: ~r0 ← w:
./workload.go:138:83:     from ~r0 = w (assign-pair) at ./workload.go:154:72
./workload.go:138:83:   flow: {storage for ... argument} ← ~r0:
./workload.go:138:83:     from ... argument (slice-literal-element) at ./workload.go:154:54
./workload.go:138:83:   flow: io.writers ← &{storage for ... argument}:
./workload.go:138:83:     from ... argument (spill) at ./workload.go:154:54
./workload.go:138:83:     from io.writers := ... argument (assign-pair) at ./workload.go:154:54
./workload.go:138:83:   flow: {temp} ← io.writers:
./workload.go:138:83:   flow: io.w ← *{temp}:
./workload.go:138:83:     from for loop (range-deref) at ./workload.go:154:54
./workload.go:138:83:   flow: {heap} ← io.w:
./workload.go:138:83:     from append(io.allWriters, io.w) (call parameter) at ./workload.go:154:54
./workload.go:165:43: &strings.Reader{...} escapes to heap in runChild:
./workload.go:165:43:   flow: ~r0 ← &{storage for &strings.Reader{...}}:
./workload.go:165:43:     from &strings.Reader{...} (spill) at ./workload.go:165:43
./workload.go:165:43:     from ~r0 = &strings.Reader{...} (assign-pair) at ./workload.go:165:43
./workload.go:165:43:   flow: bufio.r ← ~r0:
./workload.go:165:43:     from ~r0 (interface-converted) at ./workload.go:165:43
./workload.go:165:43:     from bufio.r := ~r0 (assign-pair) at ./workload.go:165:25
./workload.go:165:43:   flow: {storage for &bufio.Scanner{...}} ← bufio.r:
./workload.go:165:43:     from bufio.Scanner{...} (struct literal element) at ./workload.go:165:25
./workload.go:165:43:   flow: ~r0 ← &{storage for &bufio.Scanner{...}}:
./workload.go:165:43:     from &bufio.Scanner{...} (spill) at ./workload.go:165:25
./workload.go:165:43:     from ~r0 = &bufio.Scanner{...} (assign-pair) at ./workload.go:165:25
./workload.go:165:43:   flow: sc ← ~r0:
./workload.go:165:43:     from sc := ~r0 (assign) at ./workload.go:165:6
./workload.go:165:43:   flow: {temp} ← sc:
./workload.go:165:43:     from (*bufio.Scanner).Scan(sc) (call parameter) at ./workload.go:166:14
./workload.go:165:43:   flow: {heap} ← *{temp}:
./workload.go:167:37: string(bufio.s.token) escapes to heap in runChild:
./workload.go:167:37:   flow: ~r0 ← &{storage for string(bufio.s.token)}:
./workload.go:167:37:     from string(bufio.s.token) (spill) at ./workload.go:167:37
./workload.go:167:37:     from ~r0 = string(bufio.s.token) (assign-pair) at ./workload.go:167:37
./workload.go:167:37:   flow: t ← ~r0:
./workload.go:167:37:     from strings.TrimSpace(~r0) (call parameter) at ./workload.go:167:29
./workload.go:167:37:     from t := strings.TrimSpace(~r0) (assign) at ./workload.go:167:9
./workload.go:167:37:   flow: last ← t:
./workload.go:167:37:     from last = t (assign) at ./workload.go:168:10
./workload.go:167:37:   flow: {storage for last} ← last:
./workload.go:167:37:     from last (interface-converted) at ./workload.go:172:63
./workload.go:165:57: string(bytes.b.buf[bytes.b.off:]) escapes to heap in runChild:
./workload.go:165:57:   flow: ~r0 ← &{storage for string(bytes.b.buf[bytes.b.off:])}:
./workload.go:165:57:     from string(bytes.b.buf[bytes.b.off:]) (spill) at ./workload.go:165:57
./workload.go:165:57:     from ~r0 = string(bytes.b.buf[bytes.b.off:]) (assign-pair) at ./workload.go:165:57
./workload.go:165:57:   flow: strings.s ← ~r0:
./workload.go:165:57:     from strings.s := ~r0 (assign-pair) at ./workload.go:165:43
./workload.go:165:57:   flow: {storage for &strings.Reader{...}} ← strings.s:
./workload.go:165:57:     from strings.Reader{...} (struct literal element) at ./workload.go:165:43
./workload.go:162:54: string(bytes.b.buf[bytes.b.off:]) escapes to heap in runChild:
./workload.go:162:54:   flow: ~r0 ← &{storage for string(bytes.b.buf[bytes.b.off:])}:
./workload.go:162:54:     from string(bytes.b.buf[bytes.b.off:]) (spill) at ./workload.go:162:54
./workload.go:162:54:     from ~r0 = string(bytes.b.buf[bytes.b.off:]) (assign-pair) at ./workload.go:162:54
./workload.go:162:54:   flow: {storage for &ChildRun{...}} ← ~r0:
./workload.go:162:54:     from ChildRun{...} (struct literal element) at ./workload.go:162:18
./workload.go:157:118: string(bytes.b.buf[bytes.b.off:]) escapes to heap in runChild:
./workload.go:157:118:   flow: ~r0 ← &{storage for string(bytes.b.buf[bytes.b.off:])}:
./workload.go:157:118:     from string(bytes.b.buf[bytes.b.off:]) (spill) at ./workload.go:157:118
./workload.go:157:118:     from ~r0 = string(bytes.b.buf[bytes.b.off:]) (assign-pair) at ./workload.go:157:118
./workload.go:157:118:   flow: {storage for strings.TrimSpace(~r0)} ← ~r0:
./workload.go:157:118:     from strings.TrimSpace(~r0) (call parameter) at ./workload.go:157:105
./workload.go:157:118:     from strings.TrimSpace(~r0) (interface-converted) at ./workload.go:157:105
./workload.go:138:36: parameter argv leaks to {storage for strings.Join(argv, " ")} for runChild with derefs=1:
./workload.go:138:36:   flow: {storage for strings.Join(argv, " ")} ← *argv:
./workload.go:138:36:     from strings.Join(argv, " ") (call parameter) at ./workload.go:157:66
./workload.go:138:36:     from strings.Join(argv, " ") (interface-converted) at ./workload.go:157:66
./workload.go:154:54: make([]io.Writer, 0, 2) escapes to heap in runChild:
./workload.go:154:54:   flow: io.allWriters ← &{storage for make([]io.Writer, 0, 2)}:
./workload.go:154:54:     from make([]io.Writer, 0, 2) (spill) at ./workload.go:154:54
./workload.go:154:54:     from io.allWriters := make([]io.Writer, 0, 2) (assign) at ./workload.go:154:54
./workload.go:154:54:   flow: {storage for &io.multiWriter{...}} ← io.allWriters:
./workload.go:154:54:     from io.multiWriter{...} (struct literal element) at ./workload.go:154:54
./workload.go:154:54: append(io.allWriters, io.mw.writers...) escapes to heap in runChild:
./workload.go:154:54:   flow: io.allWriters ← &{storage for append(io.allWriters, io.mw.writers...)}:
./workload.go:154:54:     from append(io.allWriters, io.mw.writers...) (spill) at ./workload.go:154:54
./workload.go:154:54:     from io.allWriters = append(io.allWriters, io.mw.writers...) (assign) at ./workload.go:154:54
./workload.go:154:54:   flow: {storage for &io.multiWriter{...}} ← io.allWriters:
./workload.go:154:54:     from io.multiWriter{...} (struct literal element) at ./workload.go:154:54
./workload.go:154:54: append(io.allWriters, io.w) escapes to heap in runChild:
./workload.go:154:54:   flow: io.allWriters ← &{storage for append(io.allWriters, io.w)}:
./workload.go:154:54:     from append(io.allWriters, io.w) (spill) at ./workload.go:154:54
./workload.go:154:54:     from io.allWriters = append(io.allWriters, io.w) (assign) at ./workload.go:154:54
./workload.go:154:54:   flow: {storage for &io.multiWriter{...}} ← io.allWriters:
./workload.go:154:54:     from io.multiWriter{...} (struct literal element) at ./workload.go:154:54
./workload.go:138:36: parameter argv leaks to {storage for argv[0]} for runChild with derefs=1:
./workload.go:138:36:   flow: {storage for argv[0]} ← *argv:
./workload.go:138:36:     from argv[0] (dot of pointer) at ./workload.go:152:50
./workload.go:138:36:     from argv[0] (interface-converted) at ./workload.go:152:50
./workload.go:140:25: &errors.errorString{...} escapes to heap in runChild:
./workload.go:140:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./workload.go:140:25:     from &errors.errorString{...} (spill) at ./workload.go:140:25
./workload.go:140:25:     from &errors.errorString{...} (interface-converted) at ./workload.go:140:25
./workload.go:140:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./workload.go:140:25
./workload.go:140:25:   flow: fmt.err ← ~r0:
./workload.go:140:25:     from fmt.err = ~r0 (assign-pair) at ./workload.go:140:25
./workload.go:140:25:   flow: ~r1 ← fmt.err:
./workload.go:140:25:     from return nil, fmt.err (return) at ./workload.go:140:3
./workload.go:148:25: &errors.errorString{...} escapes to heap in runChild:
./workload.go:148:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./workload.go:148:25:     from &errors.errorString{...} (spill) at ./workload.go:148:25
./workload.go:148:25:     from &errors.errorString{...} (interface-converted) at ./workload.go:148:25
./workload.go:148:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./workload.go:148:25
./workload.go:148:25:   flow: fmt.err ← ~r0:
./workload.go:148:25:     from fmt.err = ~r0 (assign-pair) at ./workload.go:148:25
./workload.go:148:25:   flow: ~r1 ← fmt.err:
./workload.go:148:25:     from return nil, fmt.err (return) at ./workload.go:148:3
./workload.go:152:25: &errors.errorString{...} escapes to heap in runChild:
./workload.go:152:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./workload.go:152:25:     from &errors.errorString{...} (spill) at ./workload.go:152:25
./workload.go:152:25:     from &errors.errorString{...} (interface-converted) at ./workload.go:152:25
./workload.go:152:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./workload.go:152:25
./workload.go:152:25:   flow: fmt.err ← ~r0:
./workload.go:152:25:     from fmt.err = ~r0 (assign-pair) at ./workload.go:152:25
./workload.go:152:25:   flow: ~r1 ← fmt.err:
./workload.go:152:25:     from return nil, fmt.err (return) at ./workload.go:152:3
./workload.go:157:25: &errors.errorString{...} escapes to heap in runChild:
./workload.go:157:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./workload.go:157:25:     from &errors.errorString{...} (spill) at ./workload.go:157:25
./workload.go:157:25:     from &errors.errorString{...} (interface-converted) at ./workload.go:157:25
./workload.go:157:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./workload.go:157:25
./workload.go:157:25:   flow: fmt.err ← ~r0:
./workload.go:157:25:     from fmt.err = ~r0 (assign-pair) at ./workload.go:157:25
./workload.go:157:25:   flow: ~r1 ← fmt.err:
./workload.go:157:25:     from return nil, fmt.err (return) at ./workload.go:157:3
./workload.go:172:26: &errors.errorString{...} escapes to heap in runChild:
./workload.go:172:26:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./workload.go:172:26:     from &errors.errorString{...} (spill) at ./workload.go:172:26
./workload.go:172:26:     from &errors.errorString{...} (interface-converted) at ./workload.go:172:26
./workload.go:172:26:     from ~r0 = &errors.errorString{...} (assign-pair) at ./workload.go:172:26
./workload.go:172:26:   flow: fmt.err ← ~r0:
./workload.go:172:26:     from fmt.err = ~r0 (assign-pair) at ./workload.go:172:26
./workload.go:172:26:   flow: ~r1 ← fmt.err:
./workload.go:172:26:     from return nil, fmt.err (return) at ./workload.go:172:4
./workload.go:138:15: leaking param: ctx
./workload.go:138:36: leaking param content: argv
./workload.go:138:51: leaking param content: env
./workload.go:138:83: leaking param: passStderr
./workload.go:144:6: moved to heap: stdout
./workload.go:150:6: moved to heap: other
./workload.go:140:25: ... argument does not escape
./workload.go:140:25: &errors.errorString{...} escapes to heap
./workload.go:143:30: append does not escape
./workload.go:148:25: ... argument does not escape
./workload.go:148:25: &errors.errorString{...} escapes to heap
./workload.go:152:25: ... argument does not escape
./workload.go:152:50: argv[0] escapes to heap
./workload.go:152:25: &errors.errorString{...} escapes to heap
./workload.go:154:54: ... argument does not escape
./workload.go:154:54: make([]io.Writer, 0, 2) escapes to heap
./workload.go:154:54: append escapes to heap
./workload.go:154:54: append escapes to heap
./workload.go:154:54: &io.multiWriter{...} escapes to heap
./workload.go:157:25: ... argument does not escape
./workload.go:157:66: strings.Join(argv, " ") escapes to heap
./workload.go:157:105: strings.TrimSpace(~r0) escapes to heap
./workload.go:157:118: string(bytes.b.buf[bytes.b.off:]) escapes to heap
./workload.go:157:25: &errors.errorString{...} escapes to heap
./workload.go:162:9: &ChildRun{...} escapes to heap
./workload.go:162:54: string(bytes.b.buf[bytes.b.off:]) escapes to heap
./workload.go:165:57: string(bytes.b.buf[bytes.b.off:]) escapes to heap
./workload.go:165:43: &strings.Reader{...} escapes to heap
./workload.go:165:25: &bufio.Scanner{...} does not escape
./workload.go:167:37: string(bufio.s.token) escapes to heap
./workload.go:171:35: ([]byte)(last) escapes to heap
./workload.go:172:26: ... argument does not escape
./workload.go:172:63: last escapes to heap
./workload.go:172:26: &errors.errorString{...} escapes to heap
./gctrace.go:251:6: b escapes to heap in formatGCTrace:
./gctrace.go:251:6:   flow: {heap} ← &b:
./gctrace.go:251:6:     from &b (address-of) at ./gctrace.go:252:14
./gctrace.go:251:6:     from &b (interface-converted) at ./gctrace.go:252:14
./gctrace.go:251:6:     from fmt.Fprintf(&b, "gc %d @%.3fs %d%%", ... argument...) (call parameter) at ./gctrace.go:252:13
./gctrace.go:254:16: "strings: illegal use of non-zero Builder copied by value" escapes to heap in formatGCTrace:
./gctrace.go:254:16:   flow: {heap} ← &{storage for "strings: illegal use of non-zero Builder copied by value"}:
./gctrace.go:254:16:     from "strings: illegal use of non-zero Builder copied by value" (spill) at ./gctrace.go:254:16
./gctrace.go:254:16:     from panic("strings: illegal use of non-zero Builder copied by value") (call parameter) at ./gctrace.go:254:16
./gctrace.go:254:16: append(strings.b.buf, strings.s...) escapes to heap in formatGCTrace:
./gctrace.go:254:16:   flow: {heap} ← &{storage for append(strings.b.buf, strings.s...)}:
./gctrace.go:254:16:     from append(strings.b.buf, strings.s...) (spill) at ./gctrace.go:254:16
./gctrace.go:254:16:     from strings.b.buf = append(strings.b.buf, strings.s...) (assign) at ./gctrace.go:254:16
./gctrace.go:251:6: b escapes to heap in formatGCTrace:
./gctrace.go:251:6:   flow: {heap} ← &b:
./gctrace.go:251:6:     from &b (address-of) at ./gctrace.go:256:14
./gctrace.go:251:6:     from &b (interface-converted) at ./gctrace.go:256:14
./gctrace.go:251:6:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:261:16: "strings: illegal use of non-zero Builder copied by value" escapes to heap in formatGCTrace:
./gctrace.go:261:16:   flow: {heap} ← &{storage for "strings: illegal use of non-zero Builder copied by value"}:
./gctrace.go:261:16:     from "strings: illegal use of non-zero Builder copied by value" (spill) at ./gctrace.go:261:16
./gctrace.go:261:16:     from panic("strings: illegal use of non-zero Builder copied by value") (call parameter) at ./gctrace.go:261:16
./gctrace.go:261:16: append(strings.b.buf, strings.s...) escapes to heap in formatGCTrace:
./gctrace.go:261:16:   flow: {heap} ← &{storage for append(strings.b.buf, strings.s...)}:
./gctrace.go:261:16:     from append(strings.b.buf, strings.s...) (spill) at ./gctrace.go:261:16
./gctrace.go:261:16:     from strings.b.buf = append(strings.b.buf, strings.s...) (assign) at ./gctrace.go:261:16
./gctrace.go:252:40: g.Cycle escapes to heap in formatGCTrace:
./gctrace.go:252:40:   flow: {storage for ... argument} ← &{storage for g.Cycle}:
./gctrace.go:252:40:     from g.Cycle (spill) at ./gctrace.go:252:40
./gctrace.go:252:40:     from ... argument (slice-literal-element) at ./gctrace.go:252:13
./gctrace.go:252:40:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:252:40:     from ... argument (spill) at ./gctrace.go:252:13
./gctrace.go:252:40:     from fmt.Fprintf(&b, "gc %d @%.3fs %d%%", ... argument...) (call parameter) at ./gctrace.go:252:13
./gctrace.go:252:60: ~r0 escapes to heap in formatGCTrace:
./gctrace.go:252:60:   flow: {storage for ... argument} ← &{storage for ~r0}:
./gctrace.go:252:60:     from ~r0 (spill) at ./gctrace.go:252:60
./gctrace.go:252:60:     from ... argument (slice-literal-element) at ./gctrace.go:252:13
./gctrace.go:252:60:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:252:60:     from ... argument (spill) at ./gctrace.go:252:13
./gctrace.go:252:60:     from fmt.Fprintf(&b, "gc %d @%.3fs %d%%", ... argument...) (call parameter) at ./gctrace.go:252:13
./gctrace.go:252:65: g.CPUPercent escapes to heap in formatGCTrace:
./gctrace.go:252:65:   flow: {storage for ... argument} ← &{storage for g.CPUPercent}:
./gctrace.go:252:65:     from g.CPUPercent (spill) at ./gctrace.go:252:65
./gctrace.go:252:65:     from ... argument (slice-literal-element) at ./gctrace.go:252:13
./gctrace.go:252:65:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:252:65:     from ... argument (spill) at ./gctrace.go:252:13
./gctrace.go:252:65:     from fmt.Fprintf(&b, "gc %d @%.3fs %d%%", ... argument...) (call parameter) at ./gctrace.go:252:13
./gctrace.go:257:5: ~r0 escapes to heap in formatGCTrace:
./gctrace.go:257:5:   flow: {storage for ... argument} ← &{storage for ~r0}:
./gctrace.go:257:5:     from ~r0 (spill) at ./gctrace.go:257:5
./gctrace.go:257:5:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:257:5:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:257:5:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:257:5:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:257:26: ~r0 escapes to heap in formatGCTrace:
./gctrace.go:257:26:   flow: {storage for ... argument} ← &{storage for ~r0}:
./gctrace.go:257:26:     from ~r0 (spill) at ./gctrace.go:257:26
./gctrace.go:257:26:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:257:26:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:257:26:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:257:26:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:257:42: ~r0 escapes to heap in formatGCTrace:
./gctrace.go:257:42:   flow: {storage for ... argument} ← &{storage for ~r0}:
./gctrace.go:257:42:     from ~r0 (spill) at ./gctrace.go:257:42
./gctrace.go:257:42:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:257:42:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:257:42:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:257:42:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:258:5: ~r0 escapes to heap in formatGCTrace:
./gctrace.go:258:5:   flow: {storage for ... argument} ← &{storage for ~r0}:
./gctrace.go:258:5:     from ~r0 (spill) at ./gctrace.go:258:5
./gctrace.go:258:5:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:258:5:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:258:5:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:258:5:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:258:25: ~r0 escapes to heap in formatGCTrace:
./gctrace.go:258:25:   flow: {storage for ... argument} ← &{storage for ~r0}:
./gctrace.go:258:25:     from ~r0 (spill) at ./gctrace.go:258:25
./gctrace.go:258:25:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:258:25:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:258:25:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:258:25:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:258:42: ~r0 escapes to heap in formatGCTrace:
./gctrace.go:258:42:   flow: {storage for ... argument} ← &{storage for ~r0}:
./gctrace.go:258:42:     from ~r0 (spill) at ./gctrace.go:258:42
./gctrace.go:258:42:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:258:42:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:258:42:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:258:42:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:258:63: ~r0 escapes to heap in formatGCTrace:
./gctrace.go:258:63:   flow: {storage for ... argument} ← &{storage for ~r0}:
./gctrace.go:258:63:     from ~r0 (spill) at ./gctrace.go:258:63
./gctrace.go:258:63:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:258:63:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:258:63:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:258:63:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:258:78: ~r0 escapes to heap in formatGCTrace:
./gctrace.go:258:78:   flow: {storage for ... argument} ← &{storage for ~r0}:
./gctrace.go:258:78:     from ~r0 (spill) at ./gctrace.go:258:78
./gctrace.go:258:78:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:258:78:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:258:78:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:258:78:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:259:4: g.HeapStartMB escapes to heap in formatGCTrace:
./gctrace.go:259:4:   flow: {storage for ... argument} ← &{storage for g.HeapStartMB}:
./gctrace.go:259:4:     from g.HeapStartMB (spill) at ./gctrace.go:259:4
./gctrace.go:259:4:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:259:4:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:259:4:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:259:4:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:259:19: g.HeapEndMB escapes to heap in formatGCTrace:
./gctrace.go:259:19:   flow: {storage for ... argument} ← &{storage for g.HeapEndMB}:
./gctrace.go:259:19:     from g.HeapEndMB (spill) at ./gctrace.go:259:19
./gctrace.go:259:19:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:259:19:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:259:19:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:259:19:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:259:32: g.LiveMB escapes to heap in formatGCTrace:
./gctrace.go:259:32:   flow: {storage for ... argument} ← &{storage for g.LiveMB}:
./gctrace.go:259:32:     from g.LiveMB (spill) at ./gctrace.go:259:32
./gctrace.go:259:32:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:259:32:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:259:32:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:259:32:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:259:42: g.GoalMB escapes to heap in formatGCTrace:
./gctrace.go:259:42:   flow: {storage for ... argument} ← &{storage for g.GoalMB}:
./gctrace.go:259:42:     from g.GoalMB (spill) at ./gctrace.go:259:42
./gctrace.go:259:42:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:259:42:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:259:42:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:259:42:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:259:52: g.StacksMB escapes to heap in formatGCTrace:
./gctrace.go:259:52:   flow: {storage for ... argument} ← &{storage for g.StacksMB}:
./gctrace.go:259:52:     from g.StacksMB (spill) at ./gctrace.go:259:52
./gctrace.go:259:52:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:259:52:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:259:52:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:259:52:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:259:64: g.GlobalsMB escapes to heap in formatGCTrace:
./gctrace.go:259:64:   flow: {storage for ... argument} ← &{storage for g.GlobalsMB}:
./gctrace.go:259:64:     from g.GlobalsMB (spill) at ./gctrace.go:259:64
./gctrace.go:259:64:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:259:64:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:259:64:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:259:64:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:259:77: g.Procs escapes to heap in formatGCTrace:
./gctrace.go:259:77:   flow: {storage for ... argument} ← &{storage for g.Procs}:
./gctrace.go:259:77:     from g.Procs (spill) at ./gctrace.go:259:77
./gctrace.go:259:77:     from ... argument (slice-literal-element) at ./gctrace.go:256:13
./gctrace.go:259:77:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:259:77:     from ... argument (spill) at ./gctrace.go:256:13
./gctrace.go:259:77:     from fmt.Fprintf(&b, ": %s+%s+%s ms clock, %s+%s/%s/%s+%s ms cpu, %d->%d->%d MB, %d MB goa..., ... argument...) (call parameter) at ./gctrace.go:256:13
./gctrace.go:258:78: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap in formatGCTrace:
./gctrace.go:258:78:   flow: ~r0 ← &{storage for string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize))}:
./gctrace.go:258:78:     from string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (spill) at ./gctrace.go:258:78
./gctrace.go:258:78:     from ~r0 = string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (assign-pair) at ./gctrace.go:258:78
./gctrace.go:258:78:   flow: ~r0 ← ~r0:
./gctrace.go:258:78:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:258:78
./gctrace.go:258:78:   flow: ~r0 ← ~r0:
./gctrace.go:258:78:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:258:78
./gctrace.go:258:78:   flow: {storage for ~r0} ← ~r0:
./gctrace.go:258:78:     from ~r0 (interface-converted) at ./gctrace.go:258:78
./gctrace.go:258:63: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap in formatGCTrace:
./gctrace.go:258:63:   flow: ~r0 ← &{storage for string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize))}:
./gctrace.go:258:63:     from string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (spill) at ./gctrace.go:258:63
./gctrace.go:258:63:     from ~r0 = string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (assign-pair) at ./gctrace.go:258:63
./gctrace.go:258:63:   flow: ~r0 ← ~r0:
./gctrace.go:258:63:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:258:63
./gctrace.go:258:63:   flow: ~r0 ← ~r0:
./gctrace.go:258:63:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:258:63
./gctrace.go:258:63:   flow: {storage for ~r0} ← ~r0:
./gctrace.go:258:63:     from ~r0 (interface-converted) at ./gctrace.go:258:63
./gctrace.go:258:42: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap in formatGCTrace:
./gctrace.go:258:42:   flow: ~r0 ← &{storage for string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize))}:
./gctrace.go:258:42:     from string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (spill) at ./gctrace.go:258:42
./gctrace.go:258:42:     from ~r0 = string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (assign-pair) at ./gctrace.go:258:42
./gctrace.go:258:42:   flow: ~r0 ← ~r0:
./gctrace.go:258:42:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:258:42
./gctrace.go:258:42:   flow: ~r0 ← ~r0:
./gctrace.go:258:42:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:258:42
./gctrace.go:258:42:   flow: {storage for ~r0} ← ~r0:
./gctrace.go:258:42:     from ~r0 (interface-converted) at ./gctrace.go:258:42
./gctrace.go:258:25: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap in formatGCTrace:
./gctrace.go:258:25:   flow: ~r0 ← &{storage for string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize))}:
./gctrace.go:258:25:     from string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (spill) at ./gctrace.go:258:25
./gctrace.go:258:25:     from ~r0 = string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (assign-pair) at ./gctrace.go:258:25
./gctrace.go:258:25:   flow: ~r0 ← ~r0:
./gctrace.go:258:25:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:258:25
./gctrace.go:258:25:   flow: ~r0 ← ~r0:
./gctrace.go:258:25:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:258:25
./gctrace.go:258:25:   flow: {storage for ~r0} ← ~r0:
./gctrace.go:258:25:     from ~r0 (interface-converted) at ./gctrace.go:258:25
./gctrace.go:258:5: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap in formatGCTrace:
./gctrace.go:258:5:   flow: ~r0 ← &{storage for string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize))}:
./gctrace.go:258:5:     from string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (spill) at ./gctrace.go:258:5
./gctrace.go:258:5:     from ~r0 = string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (assign-pair) at ./gctrace.go:258:5
./gctrace.go:258:5:   flow: ~r0 ← ~r0:
./gctrace.go:258:5:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:258:5
./gctrace.go:258:5:   flow: ~r0 ← ~r0:
./gctrace.go:258:5:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:258:5
./gctrace.go:258:5:   flow: {storage for ~r0} ← ~r0:
./gctrace.go:258:5:     from ~r0 (interface-converted) at ./gctrace.go:258:5
./gctrace.go:257:42: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap in formatGCTrace:
./gctrace.go:257:42:   flow: ~r0 ← &{storage for string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize))}:
./gctrace.go:257:42:     from string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (spill) at ./gctrace.go:257:42
./gctrace.go:257:42:     from ~r0 = string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (assign-pair) at ./gctrace.go:257:42
./gctrace.go:257:42:   flow: ~r0 ← ~r0:
./gctrace.go:257:42:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:257:42
./gctrace.go:257:42:   flow: ~r0 ← ~r0:
./gctrace.go:257:42:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:257:42
./gctrace.go:257:42:   flow: {storage for ~r0} ← ~r0:
./gctrace.go:257:42:     from ~r0 (interface-converted) at ./gctrace.go:257:42
./gctrace.go:257:26: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap in formatGCTrace:
./gctrace.go:257:26:   flow: ~r0 ← &{storage for string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize))}:
./gctrace.go:257:26:     from string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (spill) at ./gctrace.go:257:26
./gctrace.go:257:26:     from ~r0 = string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (assign-pair) at ./gctrace.go:257:26
./gctrace.go:257:26:   flow: ~r0 ← ~r0:
./gctrace.go:257:26:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:257:26
./gctrace.go:257:26:   flow: ~r0 ← ~r0:
./gctrace.go:257:26:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:257:26
./gctrace.go:257:26:   flow: {storage for ~r0} ← ~r0:
./gctrace.go:257:26:     from ~r0 (interface-converted) at ./gctrace.go:257:26
./gctrace.go:257:5: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap in formatGCTrace:
./gctrace.go:257:5:   flow: ~r0 ← &{storage for string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize))}:
./gctrace.go:257:5:     from string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (spill) at ./gctrace.go:257:5
./gctrace.go:257:5:     from ~r0 = string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (assign-pair) at ./gctrace.go:257:5
./gctrace.go:257:5:   flow: ~r0 ← ~r0:
./gctrace.go:257:5:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:257:5
./gctrace.go:257:5:   flow: ~r0 ← ~r0:
./gctrace.go:257:5:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:257:5
./gctrace.go:257:5:   flow: {storage for ~r0} ← ~r0:
./gctrace.go:257:5:     from ~r0 (interface-converted) at ./gctrace.go:257:5
./gctrace.go:251:6: moved to heap: b
./gctrace.go:252:13: ... argument does not escape
./gctrace.go:252:40: g.Cycle escapes to heap
./gctrace.go:252:60: ~r0 escapes to heap
./gctrace.go:252:65: g.CPUPercent escapes to heap
./gctrace.go:254:16: "strings: illegal use of non-zero Builder copied by value" escapes to heap
./gctrace.go:254:16: append escapes to heap
./gctrace.go:256:13: ... argument does not escape
./gctrace.go:257:5: ~r0 escapes to heap
./gctrace.go:257:5: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap
./gctrace.go:257:5: make([]byte, 0, max(strconv.prec + 4, 24)) does not escape
./gctrace.go:257:26: ~r0 escapes to heap
./gctrace.go:257:26: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap
./gctrace.go:257:26: make([]byte, 0, max(strconv.prec + 4, 24)) does not escape
./gctrace.go:257:42: ~r0 escapes to heap
./gctrace.go:257:42: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap
./gctrace.go:257:42: make([]byte, 0, max(strconv.prec + 4, 24)) does not escape
./gctrace.go:258:5: ~r0 escapes to heap
./gctrace.go:258:5: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap
./gctrace.go:258:5: make([]byte, 0, max(strconv.prec + 4, 24)) does not escape
./gctrace.go:258:25: ~r0 escapes to heap
./gctrace.go:258:25: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap
./gctrace.go:258:25: make([]byte, 0, max(strconv.prec + 4, 24)) does not escape
./gctrace.go:258:42: ~r0 escapes to heap
./gctrace.go:258:42: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap
./gctrace.go:258:42: make([]byte, 0, max(strconv.prec + 4, 24)) does not escape
./gctrace.go:258:63: ~r0 escapes to heap
./gctrace.go:258:63: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap
./gctrace.go:258:63: make([]byte, 0, max(strconv.prec + 4, 24)) does not escape
./gctrace.go:258:78: ~r0 escapes to heap
./gctrace.go:258:78: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap
./gctrace.go:258:78: make([]byte, 0, max(strconv.prec + 4, 24)) does not escape
./gctrace.go:259:4: g.HeapStartMB escapes to heap
./gctrace.go:259:19: g.HeapEndMB escapes to heap
./gctrace.go:259:32: g.LiveMB escapes to heap
./gctrace.go:259:42: g.GoalMB escapes to heap
./gctrace.go:259:52: g.StacksMB escapes to heap
./gctrace.go:259:64: g.GlobalsMB escapes to heap
./gctrace.go:259:77: g.Procs escapes to heap
./gctrace.go:261:16: "strings: illegal use of non-zero Builder copied by value" escapes to heap
./gctrace.go:261:16: append escapes to heap
/usr/local/go/src/slices/zsortordered.go:15:23: slices.insertionSortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:15:23: slices.insertionSortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:35:39: slices.siftDownOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
/usr/local/go/src/slices/zsortordered.go:35:39: slices.siftDownOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
/usr/local/go/src/slices/zsortordered.go:52:30: slices.heapSortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
/usr/local/go/src/slices/zsortordered.go:52:30: slices.heapSortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
/usr/local/go/src/slices/zsortordered.go:253:29: slices.breakPatternsOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
/usr/local/go/src/slices/zsortordered.go:253:29: slices.breakPatternsOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
/usr/local/go/src/slices/zsortordered.go:216:22: slices.partialInsertionSortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:216:22: slices.partialInsertionSortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:224:24: slices.partialInsertionSortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:224:24: slices.partialInsertionSortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:233:24: slices.partialInsertionSortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:233:24: slices.partialInsertionSortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:176:23: slices.partitionEqualOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
/usr/local/go/src/slices/zsortordered.go:176:23: slices.partitionEqualOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
/usr/local/go/src/slices/zsortordered.go:189:20: slices.partitionEqualOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:189:20: slices.partitionEqualOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:138:23: slices.partitionOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
/usr/local/go/src/slices/zsortordered.go:138:23: slices.partitionOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
/usr/local/go/src/slices/zsortordered.go:148:20: slices.partitionOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:148:20: slices.partitionOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:151:19: slices.partitionOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:151:19: slices.partitionOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:165:20: slices.partitionOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:165:20: slices.partitionOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:169:19: slices.partitionOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:169:19: slices.partitionOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:93:23: slices.pdqsortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:93:23: slices.pdqsortOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
./gctrace.go:185:7: l does not escape
./gctrace.go:194:18: append does not escape
./gctrace.go:224:20: "cycle\t@\tcpu%\tSTW\tmark wall\tassist cpu\theap MB start→end→live\t... escapes to heap in writeGCTraceReport:
./gctrace.go:224:20:   flow: {storage for ... argument} ← &{storage for "cycle\t@\tcpu%\tSTW\tmark wall\tassist cpu\theap MB start→end→live\t...}:
./gctrace.go:224:20:     from "cycle\t@\tcpu%\tSTW\tmark wall\tassist cpu\theap MB start→end→live\t... (spill) at ./gctrace.go:224:20
./gctrace.go:224:20:     from ... argument (slice-literal-element) at ./gctrace.go:224:15
./gctrace.go:224:20:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:224:20:     from ... argument (spill) at ./gctrace.go:224:15
./gctrace.go:224:20:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./gctrace.go:224:15
./gctrace.go:226:77: g.Cycle escapes to heap in writeGCTraceReport:
./gctrace.go:226:77:   flow: {storage for ... argument} ← &{storage for g.Cycle}:
./gctrace.go:226:77:     from g.Cycle (spill) at ./gctrace.go:226:77
./gctrace.go:226:77:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:226:77:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:226:77:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:226:77:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:226:95: time.Duration.Round(g.At, time.Duration(1000000)) escapes to heap in writeGCTraceReport:
./gctrace.go:226:95:   flow: {storage for ... argument} ← &{storage for time.Duration.Round(g.At, time.Duration(1000000))}:
./gctrace.go:226:95:     from time.Duration.Round(g.At, time.Duration(1000000)) (spill) at ./gctrace.go:226:95
./gctrace.go:226:95:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:226:95:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:226:95:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:226:95:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:226:116: g.CPUPercent escapes to heap in writeGCTraceReport:
./gctrace.go:226:116:   flow: {storage for ... argument} ← &{storage for g.CPUPercent}:
./gctrace.go:226:116:     from g.CPUPercent (spill) at ./gctrace.go:226:116
./gctrace.go:226:116:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:226:116:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:226:116:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:226:116:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:227:10: ~r0 escapes to heap in writeGCTraceReport:
./gctrace.go:227:10:   flow: {storage for ... argument} ← &{storage for ~r0}:
./gctrace.go:227:10:     from ~r0 (spill) at ./gctrace.go:227:10
./gctrace.go:227:10:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:227:10:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:227:10:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:227:10:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:227:15: g.MarkWall escapes to heap in writeGCTraceReport:
./gctrace.go:227:15:   flow: {storage for ... argument} ← &{storage for g.MarkWall}:
./gctrace.go:227:15:     from g.MarkWall (spill) at ./gctrace.go:227:15
./gctrace.go:227:15:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:227:15:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:227:15:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:227:15:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:227:27: g.AssistCPU escapes to heap in writeGCTraceReport:
./gctrace.go:227:27:   flow: {storage for ... argument} ← &{storage for g.AssistCPU}:
./gctrace.go:227:27:     from g.AssistCPU (spill) at ./gctrace.go:227:27
./gctrace.go:227:27:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:227:27:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:227:27:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:227:27:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:227:40: g.HeapStartMB escapes to heap in writeGCTraceReport:
./gctrace.go:227:40:   flow: {storage for ... argument} ← &{storage for g.HeapStartMB}:
./gctrace.go:227:40:     from g.HeapStartMB (spill) at ./gctrace.go:227:40
./gctrace.go:227:40:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:227:40:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:227:40:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:227:40:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:227:55: g.HeapEndMB escapes to heap in writeGCTraceReport:
./gctrace.go:227:55:   flow: {storage for ... argument} ← &{storage for g.HeapEndMB}:
./gctrace.go:227:55:     from g.HeapEndMB (spill) at ./gctrace.go:227:55
./gctrace.go:227:55:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:227:55:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:227:55:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:227:55:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:227:68: g.LiveMB escapes to heap in writeGCTraceReport:
./gctrace.go:227:68:   flow: {storage for ... argument} ← &{storage for g.LiveMB}:
./gctrace.go:227:68:     from g.LiveMB (spill) at ./gctrace.go:227:68
./gctrace.go:227:68:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:227:68:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:227:68:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:227:68:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:227:78: g.GoalMB escapes to heap in writeGCTraceReport:
./gctrace.go:227:78:   flow: {storage for ... argument} ← &{storage for g.GoalMB}:
./gctrace.go:227:78:     from g.GoalMB (spill) at ./gctrace.go:227:78
./gctrace.go:227:78:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:227:78:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:227:78:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:227:78:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:227:88: g.Procs escapes to heap in writeGCTraceReport:
./gctrace.go:227:88:   flow: {storage for ... argument} ← &{storage for g.Procs}:
./gctrace.go:227:88:     from g.Procs (spill) at ./gctrace.go:227:88
./gctrace.go:227:88:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:227:88:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:227:88:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:227:88:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:227:97: g.Forced escapes to heap in writeGCTraceReport:
./gctrace.go:227:97:   flow: {storage for ... argument} ← &{storage for g.Forced}:
./gctrace.go:227:97:     from g.Forced (spill) at ./gctrace.go:227:97
./gctrace.go:227:97:     from ... argument (slice-literal-element) at ./gctrace.go:226:15
./gctrace.go:227:97:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:227:97:     from ... argument (spill) at ./gctrace.go:226:15
./gctrace.go:227:97:     from fmt.Fprintf(tw, "%d\t%v\t%d\t%v\t%v\t%v\t%d→%d→%d\t%d\t%d\t%v\t\n", ... argument...) (call parameter) at ./gctrace.go:226:15
./gctrace.go:233:106: s.Cycles escapes to heap in writeGCTraceReport:
./gctrace.go:233:106:   flow: {storage for ... argument} ← &{storage for s.Cycles}:
./gctrace.go:233:106:     from s.Cycles (spill) at ./gctrace.go:233:106
./gctrace.go:233:106:     from ... argument (slice-literal-element) at ./gctrace.go:233:13
./gctrace.go:233:106:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:233:106:     from ... argument (spill) at ./gctrace.go:233:13
./gctrace.go:233:106:     from fmt.Fprintf(bw, "gctrace:  %d cycles (%d forced), GC CPU %d%% since start (the last l..., ... argument...) (call parameter) at ./gctrace.go:233:13
./gctrace.go:233:116: s.Forced escapes to heap in writeGCTraceReport:
./gctrace.go:233:116:   flow: {storage for ... argument} ← &{storage for s.Forced}:
./gctrace.go:233:116:     from s.Forced (spill) at ./gctrace.go:233:116
./gctrace.go:233:116:     from ... argument (slice-literal-element) at ./gctrace.go:233:13
./gctrace.go:233:116:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:233:116:     from ... argument (spill) at ./gctrace.go:233:13
./gctrace.go:233:116:     from fmt.Fprintf(bw, "gctrace:  %d cycles (%d forced), GC CPU %d%% since start (the last l..., ... argument...) (call parameter) at ./gctrace.go:233:13
./gctrace.go:233:126: s.CPUPercent escapes to heap in writeGCTraceReport:
./gctrace.go:233:126:   flow: {storage for ... argument} ← &{storage for s.CPUPercent}:
./gctrace.go:233:126:     from s.CPUPercent (spill) at ./gctrace.go:233:126
./gctrace.go:233:126:     from ... argument (slice-literal-element) at ./gctrace.go:233:13
./gctrace.go:233:126:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:233:126:     from ... argument (spill) at ./gctrace.go:233:13
./gctrace.go:233:126:     from fmt.Fprintf(bw, "gctrace:  %d cycles (%d forced), GC CPU %d%% since start (the last l..., ... argument...) (call parameter) at ./gctrace.go:233:13
./gctrace.go:234:98: s.PauseP50 escapes to heap in writeGCTraceReport:
./gctrace.go:234:98:   flow: {storage for ... argument} ← &{storage for s.PauseP50}:
./gctrace.go:234:98:     from s.PauseP50 (spill) at ./gctrace.go:234:98
./gctrace.go:234:98:     from ... argument (slice-literal-element) at ./gctrace.go:234:13
./gctrace.go:234:98:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:234:98:     from ... argument (spill) at ./gctrace.go:234:13
./gctrace.go:234:98:     from fmt.Fprintf(bw, "          STW pauses p50 %v, p99 %v, max %v, total %v; mark assist C..., ... argument...) (call parameter) at ./gctrace.go:234:13
./gctrace.go:234:110: s.PauseP99 escapes to heap in writeGCTraceReport:
./gctrace.go:234:110:   flow: {storage for ... argument} ← &{storage for s.PauseP99}:
./gctrace.go:234:110:     from s.PauseP99 (spill) at ./gctrace.go:234:110
./gctrace.go:234:110:     from ... argument (slice-literal-element) at ./gctrace.go:234:13
./gctrace.go:234:110:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:234:110:     from ... argument (spill) at ./gctrace.go:234:13
./gctrace.go:234:110:     from fmt.Fprintf(bw, "          STW pauses p50 %v, p99 %v, max %v, total %v; mark assist C..., ... argument...) (call parameter) at ./gctrace.go:234:13
./gctrace.go:234:122: s.PauseMax escapes to heap in writeGCTraceReport:
./gctrace.go:234:122:   flow: {storage for ... argument} ← &{storage for s.PauseMax}:
./gctrace.go:234:122:     from s.PauseMax (spill) at ./gctrace.go:234:122
./gctrace.go:234:122:     from ... argument (slice-literal-element) at ./gctrace.go:234:13
./gctrace.go:234:122:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:234:122:     from ... argument (spill) at ./gctrace.go:234:13
./gctrace.go:234:122:     from fmt.Fprintf(bw, "          STW pauses p50 %v, p99 %v, max %v, total %v; mark assist C..., ... argument...) (call parameter) at ./gctrace.go:234:13
./gctrace.go:234:134: s.PauseTotal escapes to heap in writeGCTraceReport:
./gctrace.go:234:134:   flow: {storage for ... argument} ← &{storage for s.PauseTotal}:
./gctrace.go:234:134:     from s.PauseTotal (spill) at ./gctrace.go:234:134
./gctrace.go:234:134:     from ... argument (slice-literal-element) at ./gctrace.go:234:13
./gctrace.go:234:134:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:234:134:     from ... argument (spill) at ./gctrace.go:234:13
./gctrace.go:234:134:     from fmt.Fprintf(bw, "          STW pauses p50 %v, p99 %v, max %v, total %v; mark assist C..., ... argument...) (call parameter) at ./gctrace.go:234:13
./gctrace.go:234:148: s.AssistCPU escapes to heap in writeGCTraceReport:
./gctrace.go:234:148:   flow: {storage for ... argument} ← &{storage for s.AssistCPU}:
./gctrace.go:234:148:     from s.AssistCPU (spill) at ./gctrace.go:234:148
./gctrace.go:234:148:     from ... argument (slice-literal-element) at ./gctrace.go:234:13
./gctrace.go:234:148:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:234:148:     from ... argument (spill) at ./gctrace.go:234:13
./gctrace.go:234:148:     from fmt.Fprintf(bw, "          STW pauses p50 %v, p99 %v, max %v, total %v; mark assist C..., ... argument...) (call parameter) at ./gctrace.go:234:13
./gctrace.go:235:67: s.PeakHeapMB escapes to heap in writeGCTraceReport:
./gctrace.go:235:67:   flow: {storage for ... argument} ← &{storage for s.PeakHeapMB}:
./gctrace.go:235:67:     from s.PeakHeapMB (spill) at ./gctrace.go:235:67
./gctrace.go:235:67:     from ... argument (slice-literal-element) at ./gctrace.go:235:13
./gctrace.go:235:67:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:235:67:     from ... argument (spill) at ./gctrace.go:235:13
./gctrace.go:235:67:     from fmt.Fprintf(bw, "          peak heap %d MB, peak goal %d MB\n", ... argument...) (call parameter) at ./gctrace.go:235:13
./gctrace.go:235:81: s.PeakGoalMB escapes to heap in writeGCTraceReport:
./gctrace.go:235:81:   flow: {storage for ... argument} ← &{storage for s.PeakGoalMB}:
./gctrace.go:235:81:     from s.PeakGoalMB (spill) at ./gctrace.go:235:81
./gctrace.go:235:81:     from ... argument (slice-literal-element) at ./gctrace.go:235:13
./gctrace.go:235:81:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:235:81:     from ... argument (spill) at ./gctrace.go:235:13
./gctrace.go:235:81:     from fmt.Fprintf(bw, "          peak heap %d MB, peak goal %d MB\n", ... argument...) (call parameter) at ./gctrace.go:235:13
./gctrace.go:239:5: r.Cycles escapes to heap in writeGCTraceReport:
./gctrace.go:239:5:   flow: {storage for ... argument} ← &{storage for r.Cycles}:
./gctrace.go:239:5:     from r.Cycles (spill) at ./gctrace.go:239:5
./gctrace.go:239:5:     from ... argument (slice-literal-element) at ./gctrace.go:238:14
./gctrace.go:239:5:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:239:5:     from ... argument (spill) at ./gctrace.go:238:14
./gctrace.go:239:5:     from fmt.Fprintf(bw, "metrics:  %d cycles, GC CPU %.1f%% of the workload's CPU, pause p99 ..., ... argument...) (call parameter) at ./gctrace.go:238:14
./gctrace.go:239:17: 100 * r.GCCPU escapes to heap in writeGCTraceReport:
./gctrace.go:239:17:   flow: {storage for ... argument} ← &{storage for 100 * r.GCCPU}:
./gctrace.go:239:17:     from 100 * r.GCCPU (spill) at ./gctrace.go:239:17
./gctrace.go:239:17:     from ... argument (slice-literal-element) at ./gctrace.go:238:14
./gctrace.go:239:17:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:239:17:     from ... argument (spill) at ./gctrace.go:238:14
./gctrace.go:239:17:     from fmt.Fprintf(bw, "metrics:  %d cycles, GC CPU %.1f%% of the workload's CPU, pause p99 ..., ... argument...) (call parameter) at ./gctrace.go:238:14
./gctrace.go:239:28: r.PauseP99 escapes to heap in writeGCTraceReport:
./gctrace.go:239:28:   flow: {storage for ... argument} ← &{storage for r.PauseP99}:
./gctrace.go:239:28:     from r.PauseP99 (spill) at ./gctrace.go:239:28
./gctrace.go:239:28:     from ... argument (slice-literal-element) at ./gctrace.go:238:14
./gctrace.go:239:28:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:239:28:     from ... argument (spill) at ./gctrace.go:238:14
./gctrace.go:239:28:     from fmt.Fprintf(bw, "metrics:  %d cycles, GC CPU %.1f%% of the workload's CPU, pause p99 ..., ... argument...) (call parameter) at ./gctrace.go:238:14
./gctrace.go:239:50: formatBytes(int64(r.PeakHeap)) escapes to heap in writeGCTraceReport:
./gctrace.go:239:50:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(r.PeakHeap))}:
./gctrace.go:239:50:     from formatBytes(int64(r.PeakHeap)) (spill) at ./gctrace.go:239:50
./gctrace.go:239:50:     from ... argument (slice-literal-element) at ./gctrace.go:238:14
./gctrace.go:239:50:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:239:50:     from ... argument (spill) at ./gctrace.go:238:14
./gctrace.go:239:50:     from fmt.Fprintf(bw, "metrics:  %d cycles, GC CPU %.1f%% of the workload's CPU, pause p99 ..., ... argument...) (call parameter) at ./gctrace.go:238:14
./gctrace.go:239:82: formatBytes(int64(r.PeakRSS)) escapes to heap in writeGCTraceReport:
./gctrace.go:239:82:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(r.PeakRSS))}:
./gctrace.go:239:82:     from formatBytes(int64(r.PeakRSS)) (spill) at ./gctrace.go:239:82
./gctrace.go:239:82:     from ... argument (slice-literal-element) at ./gctrace.go:238:14
./gctrace.go:239:82:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:239:82:     from ... argument (spill) at ./gctrace.go:238:14
./gctrace.go:239:82:     from fmt.Fprintf(bw, "metrics:  %d cycles, GC CPU %.1f%% of the workload's CPU, pause p99 ..., ... argument...) (call parameter) at ./gctrace.go:238:14
./gctrace.go:239:114: time.Duration.Round(r.Wall, time.Duration(1000000)) escapes to heap in writeGCTraceReport:
./gctrace.go:239:114:   flow: {storage for ... argument} ← &{storage for time.Duration.Round(r.Wall, time.Duration(1000000))}:
./gctrace.go:239:114:     from time.Duration.Round(r.Wall, time.Duration(1000000)) (spill) at ./gctrace.go:239:114
./gctrace.go:239:114:     from ... argument (slice-literal-element) at ./gctrace.go:238:14
./gctrace.go:239:114:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:239:114:     from ... argument (spill) at ./gctrace.go:238:14
./gctrace.go:239:114:     from fmt.Fprintf(bw, "metrics:  %d cycles, GC CPU %.1f%% of the workload's CPU, pause p99 ..., ... argument...) (call parameter) at ./gctrace.go:238:14
./gctrace.go:242:72: n escapes to heap in writeGCTraceReport:
./gctrace.go:242:72:   flow: {storage for ... argument} ← &{storage for n}:
./gctrace.go:242:72:     from n (spill) at ./gctrace.go:242:72
./gctrace.go:242:72:     from ... argument (slice-literal-element) at ./gctrace.go:242:14
./gctrace.go:242:72:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:242:72:     from ... argument (spill) at ./gctrace.go:242:14
./gctrace.go:242:72:     from fmt.Fprintf(bw, "unparsed: %d lines in another format, first: %s\n", ... argument...) (call parameter) at ./gctrace.go:242:14
./gctrace.go:242:92: cr.Trace.Unparsed[0] escapes to heap in writeGCTraceReport:
./gctrace.go:242:92:   flow: {storage for ... argument} ← &{storage for cr.Trace.Unparsed[0]}:
./gctrace.go:242:92:     from cr.Trace.Unparsed[0] (spill) at ./gctrace.go:242:92
./gctrace.go:242:92:     from ... argument (slice-literal-element) at ./gctrace.go:242:14
./gctrace.go:242:92:   flow: {heap} ← {storage for ... argument}:
./gctrace.go:242:92:     from ... argument (spill) at ./gctrace.go:242:14
./gctrace.go:242:92:     from fmt.Fprintf(bw, "unparsed: %d lines in another format, first: %s\n", ... argument...) (call parameter) at ./gctrace.go:242:14
./gctrace.go:223:28: new(tabwriter.Writer) escapes to heap in writeGCTraceReport:
./gctrace.go:223:28:   flow: {temp} ← &{storage for new(tabwriter.Writer)}:
./gctrace.go:223:28:     from new(tabwriter.Writer) (spill) at ./gctrace.go:223:28
./gctrace.go:223:28:     from (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (call parameter) at ./gctrace.go:223:28
./gctrace.go:223:28:   flow: ~r0 ← {temp}:
./gctrace.go:223:28:     from ~r0 = (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (assign-pair) at ./gctrace.go:223:28
./gctrace.go:223:28:   flow: tw ← ~r0:
./gctrace.go:223:28:     from tw := ~r0 (assign) at ./gctrace.go:223:6
./gctrace.go:223:28:   flow: {heap} ← tw:
./gctrace.go:223:28:     from tw (interface-converted) at ./gctrace.go:224:16
./gctrace.go:223:28:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./gctrace.go:224:15
./gctrace.go:221:23: &bufio.Writer{...} escapes to heap in writeGCTraceReport:
./gctrace.go:221:23:   flow: ~r0 ← &{storage for &bufio.Writer{...}}:
./gctrace.go:221:23:     from &bufio.Writer{...} (spill) at ./gctrace.go:221:23
./gctrace.go:221:23:     from ~r0 = &bufio.Writer{...} (assign-pair) at ./gctrace.go:221:23
./gctrace.go:221:23:   flow: ~r0 ← ~r0:
./gctrace.go:221:23:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:221:23
./gctrace.go:221:23:   flow: bw ← ~r0:
./gctrace.go:221:23:     from bw := ~r0 (assign) at ./gctrace.go:221:5
./gctrace.go:221:23:   flow: {heap} ← bw:
./gctrace.go:221:23:     from bw (interface-converted) at ./gctrace.go:230:16
./gctrace.go:221:23:     from fmt.Fprintln(bw, nil...) (call parameter) at ./gctrace.go:230:15
./gctrace.go:220:25: parameter w leaks to {heap} for writeGCTraceReport with derefs=0:
./gctrace.go:220:25:   flow: bufio.w ← w:
./gctrace.go:220:25:     from bufio.w := w (assign-pair) at ./gctrace.go:221:23
./gctrace.go:220:25:   flow: bufio.w ← bufio.w:
./gctrace.go:220:25:     from bufio.w, bufio.size := bufio.w, 4096 (assign-pair) at ./gctrace.go:221:23
./gctrace.go:220:25:   flow: .autotmp_5 ← bufio.w:
./gctrace.go:220:25:     from bufio.w.(*bufio.Writer) (dot) at ./gctrace.go:221:23
./gctrace.go:220:25:     from .autotmp_5, .autotmp_6 := bufio.w.(*bufio.Writer) (assign-pair-dot-type) at ./gctrace.go:221:23
./gctrace.go:220:25:   flow: bufio.b ← .autotmp_5:
./gctrace.go:220:25:     from bufio.b, bufio.ok := (*bufio.Writer)(.autotmp_5), .autotmp_6 (assign-pair) at ./gctrace.go:221:23
./gctrace.go:220:25:   flow: ~r0 ← bufio.b:
./gctrace.go:220:25:     from ~r0 = bufio.b (assign-pair) at ./gctrace.go:221:23
./gctrace.go:220:25:   flow: ~r0 ← ~r0:
./gctrace.go:220:25:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:221:23
./gctrace.go:220:25:   flow: bw ← ~r0:
./gctrace.go:220:25:     from bw := ~r0 (assign) at ./gctrace.go:221:5
./gctrace.go:220:25:   flow: {heap} ← bw:
./gctrace.go:220:25:     from bw (interface-converted) at ./gctrace.go:230:16
./gctrace.go:220:25:     from fmt.Fprintln(bw, nil...) (call parameter) at ./gctrace.go:230:15
./gctrace.go:220:38: parameter cr leaks to {storage for cr.Trace.Unparsed[0]} for writeGCTraceReport with derefs=3:
./gctrace.go:220:38:   flow: {storage for cr.Trace.Unparsed[0]} ← ***cr:
./gctrace.go:220:38:     from cr.Trace (dot of pointer) at ./gctrace.go:242:77
./gctrace.go:220:38:     from cr.Trace.Unparsed (dot of pointer) at ./gctrace.go:242:83
./gctrace.go:220:38:     from cr.Trace.Unparsed[0] (dot of pointer) at ./gctrace.go:242:92
./gctrace.go:220:38:     from cr.Trace.Unparsed[0] (interface-converted) at ./gctrace.go:242:92
./gctrace.go:221:23: make([]byte, bufio.size) escapes to heap in writeGCTraceReport:
./gctrace.go:221:23:   flow: {storage for &bufio.Writer{...}} ← &{storage for make([]byte, bufio.size)}:
./gctrace.go:221:23:     from make([]byte, bufio.size) (spill) at ./gctrace.go:221:23
./gctrace.go:221:23:     from bufio.Writer{...} (struct literal element) at ./gctrace.go:221:23
./gctrace.go:220:25: parameter w leaks to {storage for &bufio.Writer{...}} for writeGCTraceReport with derefs=0:
./gctrace.go:220:25:   flow: bufio.w ← w:
./gctrace.go:220:25:     from bufio.w := w (assign-pair) at ./gctrace.go:221:23
./gctrace.go:220:25:   flow: bufio.w ← bufio.w:
./gctrace.go:220:25:     from bufio.w, bufio.size := bufio.w, 4096 (assign-pair) at ./gctrace.go:221:23
./gctrace.go:220:25:   flow: {storage for &bufio.Writer{...}} ← bufio.w:
./gctrace.go:220:25:     from bufio.Writer{...} (struct literal element) at ./gctrace.go:221:23
./gctrace.go:220:25: leaking param: w
./gctrace.go:220:38: leaking param content: cr
./gctrace.go:221:23: &bufio.Writer{...} escapes to heap
./gctrace.go:221:23: make([]byte, bufio.size) escapes to heap
./gctrace.go:223:28: new(tabwriter.Writer) escapes to heap
./gctrace.go:224:15: ... argument does not escape
./gctrace.go:224:20: "cycle\t@\tcpu%\tSTW\tmark wall\tassist cpu\theap MB start→end→live\t... escapes to heap
./gctrace.go:226:15: ... argument does not escape
./gctrace.go:226:77: g.Cycle escapes to heap
./gctrace.go:226:95: time.Duration.Round(g.At, time.Duration(1000000)) escapes to heap
./gctrace.go:226:116: g.CPUPercent escapes to heap
./gctrace.go:227:10: ~r0 escapes to heap
./gctrace.go:227:15: g.MarkWall escapes to heap
./gctrace.go:227:27: g.AssistCPU escapes to heap
./gctrace.go:227:40: g.HeapStartMB escapes to heap
./gctrace.go:227:55: g.HeapEndMB escapes to heap
./gctrace.go:227:68: g.LiveMB escapes to heap
./gctrace.go:227:78: g.GoalMB escapes to heap
./gctrace.go:227:88: g.Procs escapes to heap
./gctrace.go:227:97: g.Forced escapes to heap
./gctrace.go:233:13: ... argument does not escape
./gctrace.go:233:106: s.Cycles escapes to heap
./gctrace.go:233:116: s.Forced escapes to heap
./gctrace.go:233:126: s.CPUPercent escapes to heap
./gctrace.go:234:13: ... argument does not escape
./gctrace.go:234:98: s.PauseP50 escapes to heap
./gctrace.go:234:110: s.PauseP99 escapes to heap
./gctrace.go:234:122: s.PauseMax escapes to heap
./gctrace.go:234:134: s.PauseTotal escapes to heap
./gctrace.go:234:148: s.AssistCPU escapes to heap
./gctrace.go:235:13: ... argument does not escape
./gctrace.go:235:67: s.PeakHeapMB escapes to heap
./gctrace.go:235:81: s.PeakGoalMB escapes to heap
./gctrace.go:238:14: ... argument does not escape
./gctrace.go:239:5: r.Cycles escapes to heap
./gctrace.go:239:17: 100 * r.GCCPU escapes to heap
./gctrace.go:239:28: r.PauseP99 escapes to heap
./gctrace.go:239:50: formatBytes(int64(r.PeakHeap)) escapes to heap
./gctrace.go:239:82: formatBytes(int64(r.PeakRSS)) escapes to heap
./gctrace.go:239:114: time.Duration.Round(r.Wall, time.Duration(1000000)) escapes to heap
./gctrace.go:242:14: ... argument does not escape
./gctrace.go:242:72: n escapes to heap
./gctrace.go:242:92: cr.Trace.Unparsed[0] escapes to heap
./demo.go:104:18: parameter ctx leaks to {heap} for demoGCTrace with derefs=0:
./demo.go:104:18:   flow: {heap} ← ctx:
./demo.go:104:18:     from runChild(ctx, argv, env, true, nil) (call parameter) at ./demo.go:109:21
./demo.go:104:39: parameter w leaks to {heap} for demoGCTrace with derefs=0:
./demo.go:104:39:   flow: {heap} ← w:
./demo.go:104:39:     from fmt.Fprintf(w, "first line, as printed and as parsed:\n  %s\n  %+v\n\n", ... argument...) (call parameter) at ./demo.go:114:14
./demo.go:114:89: formatGCTrace(cr.Trace.Cycles[0]) escapes to heap in demoGCTrace:
./demo.go:114:89:   flow: {storage for ... argument} ← &{storage for formatGCTrace(cr.Trace.Cycles[0])}:
./demo.go:114:89:     from formatGCTrace(cr.Trace.Cycles[0]) (spill) at ./demo.go:114:89
./demo.go:114:89:     from ... argument (slice-literal-element) at ./demo.go:114:14
./demo.go:114:89:   flow: {heap} ← {storage for ... argument}:
./demo.go:114:89:     from ... argument (spill) at ./demo.go:114:14
./demo.go:114:89:     from fmt.Fprintf(w, "first line, as printed and as parsed:\n  %s\n  %+v\n\n", ... argument...) (call parameter) at ./demo.go:114:14
./demo.go:114:126: cr.Trace.Cycles[0] escapes to heap in demoGCTrace:
./demo.go:114:126:   flow: {storage for ... argument} ← &{storage for cr.Trace.Cycles[0]}:
./demo.go:114:126:     from cr.Trace.Cycles[0] (spill) at ./demo.go:114:126
./demo.go:114:126:     from ... argument (slice-literal-element) at ./demo.go:114:14
./demo.go:114:126:   flow: {heap} ← {storage for ... argument}:
./demo.go:114:126:     from ... argument (spill) at ./demo.go:114:14
./demo.go:114:126:     from fmt.Fprintf(w, "first line, as printed and as parsed:\n  %s\n  %+v\n\n", ... argument...) (call parameter) at ./demo.go:114:14
./demo.go:104:18: leaking param: ctx
./demo.go:104:39: leaking param: w
./demo.go:105:28: ... argument does not escape
./demo.go:114:14: ... argument does not escape
./demo.go:114:89: formatGCTrace(cr.Trace.Cycles[0]) escapes to heap
./demo.go:114:126: cr.Trace.Cycles[0] escapes to heap
./tune.go:110:25: append(rows[i].Runs, cr.Result) escapes to heap in RunTune:
./tune.go:110:25:   flow: {heap} ← &{storage for append(rows[i].Runs, cr.Result)}:
./tune.go:110:25:     from append(rows[i].Runs, cr.Result) (spill) at ./tune.go:110:25
./tune.go:110:25:     from rows[i].Runs = append(rows[i].Runs, cr.Result) (assign) at ./tune.go:110:17
./tune.go:83:14: parameter ctx leaks to {heap} for RunTune with derefs=0:
./tune.go:83:14:   flow: {heap} ← ctx:
./tune.go:83:14:     from runChild(ctx, argv, append(env, s.env(spec.Limit)...), true, nil) (call parameter) at ./tune.go:106:23
./tune.go:91:15: formatBytes(int64(spec.Limit)) escapes to heap in RunTune:
./tune.go:91:15:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(spec.Limit))}:
./tune.go:91:15:     from formatBytes(int64(spec.Limit)) (spill) at ./tune.go:91:15
./tune.go:91:15:     from ... argument (slice-literal-element) at ./tune.go:89:25
./tune.go:91:15:   flow: fmt.a ← &{storage for ... argument}:
./tune.go:91:15:     from ... argument (spill) at ./tune.go:89:25
./tune.go:91:15:     from fmt.format, fmt.a := "tune: limit %s is not above the workload's live set %s; no GC settin..., ... argument (assign-pair) at ./tune.go:89:25
./tune.go:91:15:   flow: {heap} ← *fmt.a:
./tune.go:91:15:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./tune.go:89:25
./tune.go:91:47: formatBytes(int64(live)) escapes to heap in RunTune:
./tune.go:91:47:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(live))}:
./tune.go:91:47:     from formatBytes(int64(live)) (spill) at ./tune.go:91:47
./tune.go:91:47:     from ... argument (slice-literal-element) at ./tune.go:89:25
./tune.go:91:47:   flow: fmt.a ← &{storage for ... argument}:
./tune.go:91:47:     from ... argument (spill) at ./tune.go:89:25
./tune.go:91:47:     from fmt.format, fmt.a := "tune: limit %s is not above the workload's live set %s; no GC settin..., ... argument (assign-pair) at ./tune.go:89:25
./tune.go:91:47:   flow: {heap} ← *fmt.a:
./tune.go:91:47:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./tune.go:89:25
./tune.go:108:59: round + 1 escapes to heap in RunTune:
./tune.go:108:59:   flow: {storage for ... argument} ← &{storage for round + 1}:
./tune.go:108:59:     from round + 1 (spill) at ./tune.go:108:59
./tune.go:108:59:     from ... argument (slice-literal-element) at ./tune.go:108:27
./tune.go:108:59:   flow: fmt.a ← &{storage for ... argument}:
./tune.go:108:59:     from ... argument (spill) at ./tune.go:108:27
./tune.go:108:59:     from fmt.format, fmt.a := "tune: round %d, %s: %w", ... argument (assign-pair) at ./tune.go:108:27
./tune.go:108:59:   flow: {heap} ← *fmt.a:
./tune.go:108:59:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./tune.go:108:27
./tune.go:108:64: s.name escapes to heap in RunTune:
./tune.go:108:64:   flow: {storage for ... argument} ← &{storage for s.name}:
./tune.go:108:64:     from s.name (spill) at ./tune.go:108:64
./tune.go:108:64:     from ... argument (slice-literal-element) at ./tune.go:108:27
./tune.go:108:64:   flow: fmt.a ← &{storage for ... argument}:
./tune.go:108:64:     from ... argument (spill) at ./tune.go:108:27
./tune.go:108:64:     from fmt.format, fmt.a := "tune: round %d, %s: %w", ... argument (assign-pair) at ./tune.go:108:27
./tune.go:108:64:   flow: {heap} ← *fmt.a:
./tune.go:108:64:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./tune.go:108:27
./tune.go:89:25: &errors.errorString{...} escapes to heap in RunTune:
./tune.go:89:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./tune.go:89:25:     from &errors.errorString{...} (spill) at ./tune.go:89:25
./tune.go:89:25:     from &errors.errorString{...} (interface-converted) at ./tune.go:89:25
./tune.go:89:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./tune.go:89:25
./tune.go:89:25:   flow: fmt.err ← ~r0:
./tune.go:89:25:     from fmt.err = ~r0 (assign-pair) at ./tune.go:89:25
./tune.go:89:25:   flow: ~r1 ← fmt.err:
./tune.go:89:25:     from return nil, fmt.err (return) at ./tune.go:89:3
./tune.go:108:27: &errors.errorString{...} escapes to heap in RunTune:
./tune.go:108:27:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./tune.go:108:27:     from &errors.errorString{...} (spill) at ./tune.go:108:27
./tune.go:108:27:     from &errors.errorString{...} (interface-converted) at ./tune.go:108:27
./tune.go:108:27:     from ~r0 = &errors.errorString{...} (assign-pair) at ./tune.go:108:27
./tune.go:108:27:   flow: fmt.err ← ~r0:
./tune.go:108:27:     from fmt.err = ~r0 (assign-pair) at ./tune.go:108:27
./tune.go:108:27:   flow: ~r1 ← fmt.err:
./tune.go:108:27:     from return nil, fmt.err (return) at ./tune.go:108:5
./tune.go:93:14: make([]TuneRow, len(tuneSettings)) escapes to heap in RunTune:
./tune.go:93:14:   flow: rows ← &{storage for make([]TuneRow, len(tuneSettings))}:
./tune.go:93:14:     from make([]TuneRow, len(tuneSettings)) (spill) at ./tune.go:93:14
./tune.go:93:14:     from rows := make([]TuneRow, len(tuneSettings)) (assign) at ./tune.go:93:7
./tune.go:93:14:   flow: ~r0 ← rows:
./tune.go:93:14:     from return rows, nil (return) at ./tune.go:113:2
./tune.go:83:14: leaking param: ctx
./tune.go:89:25: ... argument does not escape
./tune.go:91:15: formatBytes(int64(spec.Limit)) escapes to heap
./tune.go:91:47: formatBytes(int64(live)) escapes to heap
./tune.go:89:25: &errors.errorString{...} escapes to heap
./tune.go:93:14: make([]TuneRow, len(tuneSettings)) escapes to heap
./tune.go:97:20: []string{...} does not escape
./tune.go:100:18: append does not escape
./tune.go:106:41: append does not escape
./tune.go:108:27: ... argument does not escape
./tune.go:108:59: round + 1 escapes to heap
./tune.go:108:64: s.name escapes to heap
./tune.go:108:27: &errors.errorString{...} escapes to heap
./tune.go:110:25: append escapes to heap
./tune.go:122:17: r does not escape
./tune.go:123:14: r does not escape
/usr/local/go/src/slices/zsortordered.go:15:23: slices.insertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:15:23: slices.insertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:35:39: slices.siftDownOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
/usr/local/go/src/slices/zsortordered.go:35:39: slices.siftDownOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.first + slices.root], slices.data[slices.first + slices.child] = slices.data[slices.first + slices.child], slices.data[slices.first + slices.root]
/usr/local/go/src/slices/zsortordered.go:52:30: slices.heapSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
/usr/local/go/src/slices/zsortordered.go:52:30: slices.heapSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.first], slices.data[slices.first + slices.i] = slices.data[slices.first + slices.i], slices.data[slices.first]
/usr/local/go/src/slices/zsortordered.go:253:29: slices.breakPatternsOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
/usr/local/go/src/slices/zsortordered.go:253:29: slices.breakPatternsOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.idx], slices.data[slices.a + slices.other] = slices.data[slices.a + slices.other], slices.data[slices.idx]
/usr/local/go/src/slices/zsortordered.go:216:22: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:216:22: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.i - 1] = slices.data[slices.i - 1], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:224:24: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:224:24: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:233:24: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:233:24: slices.partialInsertionSortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:176:23: slices.partitionEqualOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
/usr/local/go/src/slices/zsortordered.go:176:23: slices.partitionEqualOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
/usr/local/go/src/slices/zsortordered.go:189:20: slices.partitionEqualOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:189:20: slices.partitionEqualOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:138:23: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
/usr/local/go/src/slices/zsortordered.go:138:23: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.a], slices.data[slices.pivot] = slices.data[slices.pivot], slices.data[slices.a]
/usr/local/go/src/slices/zsortordered.go:148:20: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:148:20: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:151:19: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:151:19: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:165:20: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:165:20: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:169:19: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:169:19: slices.partitionOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.j], slices.data[slices.a] = slices.data[slices.a], slices.data[slices.j]
/usr/local/go/src/slices/zsortordered.go:93:23: slices.pdqsortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:93:23: slices.pdqsortOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
./tune.go:54:7: parameter r leaks to {heap} for TuneRow.median with derefs=1:
./tune.go:54:7:   flow: {temp} ← r:
./tune.go:54:7:     from r.Runs (dot) at ./tune.go:56:21
./tune.go:54:7:   flow: w ← *{temp}:
./tune.go:54:7:     from for loop (range-deref) at ./tune.go:56:14
./tune.go:54:7:   flow: {heap} ← w:
./tune.go:54:7:     from f(w) (call parameter) at ./tune.go:57:12
./tune.go:54:7: leaking param content: r
./tune.go:54:25: f does not escape
./tune.go:55:12: make([]float64, len(r.Runs)) does not escape
./tune.go:133:45: r does not escape
./tune.go:138:36: r does not escape
./tune.go:139:36: r does not escape
./tune.go:140:32: r does not escape
./tune.go:141:32: r does not escape
./tune.go:158:28: r does not escape
./tune.go:119:21: parameter w leaks to {heap} for writeTuneTable with derefs=0:
./tune.go:119:21:   flow: {heap} ← w:
./tune.go:119:21:     from fmt.Fprintf(w, "\nours: %.0f%% fewer GC cycles than GOGC=100 (target ≥ 50%%); peak h..., ... argument...) (call parameter) at ./tune.go:163:14
./tune.go:121:19: "setting\tGC cycles\tGC CPU\tpeak heap\tpeak RSS\tp99 pause\twall\tGO... escapes to heap in writeTuneTable:
./tune.go:121:19:   flow: {storage for ... argument} ← &{storage for "setting\tGC cycles\tGC CPU\tpeak heap\tpeak RSS\tp99 pause\twall\tGO...}:
./tune.go:121:19:     from "setting\tGC cycles\tGC CPU\tpeak heap\tpeak RSS\tp99 pause\twall\tGO... (spill) at ./tune.go:121:19
./tune.go:121:19:     from ... argument (slice-literal-element) at ./tune.go:121:14
./tune.go:121:19:   flow: {heap} ← {storage for ... argument}:
./tune.go:121:19:     from ... argument (spill) at ./tune.go:121:14
./tune.go:121:19:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./tune.go:121:14
./tune.go:125:36: TuneRow.median(r, cycles) escapes to heap in writeTuneTable:
./tune.go:125:36:   flow: {storage for ... argument} ← &{storage for TuneRow.median(r, cycles)}:
./tune.go:125:36:     from TuneRow.median(r, cycles) (spill) at ./tune.go:125:36
./tune.go:125:36:     from ... argument (slice-literal-element) at ./tune.go:125:19
./tune.go:125:36:   flow: {heap} ← {storage for ... argument}:
./tune.go:125:36:     from ... argument (spill) at ./tune.go:125:19
./tune.go:125:36:     from fmt.Sprintf("%.0f", ... argument...) (call parameter) at ./tune.go:125:19
./tune.go:126:38: TuneRow.median(r, cpu) escapes to heap in writeTuneTable:
./tune.go:126:38:   flow: {storage for ... argument} ← &{storage for TuneRow.median(r, cpu)}:
./tune.go:126:38:     from TuneRow.median(r, cpu) (spill) at ./tune.go:126:38
./tune.go:126:38:     from ... argument (slice-literal-element) at ./tune.go:126:19
./tune.go:126:38:   flow: {heap} ← {storage for ... argument}:
./tune.go:126:38:     from ... argument (spill) at ./tune.go:126:19
./tune.go:126:38:     from fmt.Sprintf("%.1f%%", ... argument...) (call parameter) at ./tune.go:126:19
./tune.go:129:39: lo escapes to heap in writeTuneTable:
./tune.go:129:39:   flow: {storage for ... argument} ← &{storage for lo}:
./tune.go:129:39:     from lo (spill) at ./tune.go:129:39
./tune.go:129:39:     from ... argument (slice-literal-element) at ./tune.go:129:20
./tune.go:129:39:   flow: {heap} ← {storage for ... argument}:
./tune.go:129:39:     from ... argument (spill) at ./tune.go:129:20
./tune.go:129:39:     from fmt.Sprintf(" (%.0f–%.0f)", ... argument...) (call parameter) at ./tune.go:129:20
./tune.go:129:43: hi escapes to heap in writeTuneTable:
./tune.go:129:43:   flow: {storage for ... argument} ← &{storage for hi}:
./tune.go:129:43:     from hi (spill) at ./tune.go:129:43
./tune.go:129:43:     from ... argument (slice-literal-element) at ./tune.go:129:20
./tune.go:129:43:   flow: {heap} ← {storage for ... argument}:
./tune.go:129:43:     from ... argument (spill) at ./tune.go:129:20
./tune.go:129:43:     from fmt.Sprintf(" (%.0f–%.0f)", ... argument...) (call parameter) at ./tune.go:129:20
./tune.go:131:39: lo escapes to heap in writeTuneTable:
./tune.go:131:39:   flow: {storage for ... argument} ← &{storage for lo}:
./tune.go:131:39:     from lo (spill) at ./tune.go:131:39
./tune.go:131:39:     from ... argument (slice-literal-element) at ./tune.go:131:20
./tune.go:131:39:   flow: {heap} ← {storage for ... argument}:
./tune.go:131:39:     from ... argument (spill) at ./tune.go:131:20
./tune.go:131:39:     from fmt.Sprintf(" (%.1f–%.1f)", ... argument...) (call parameter) at ./tune.go:131:20
./tune.go:131:43: hi escapes to heap in writeTuneTable:
./tune.go:131:43:   flow: {storage for ... argument} ← &{storage for hi}:
./tune.go:131:43:     from hi (spill) at ./tune.go:131:43
./tune.go:131:43:     from ... argument (slice-literal-element) at ./tune.go:131:20
./tune.go:131:43:   flow: {heap} ← {storage for ... argument}:
./tune.go:131:43:     from ... argument (spill) at ./tune.go:131:20
./tune.go:131:43:     from fmt.Sprintf(" (%.1f–%.1f)", ... argument...) (call parameter) at ./tune.go:131:20
./tune.go:133:39: TuneRow.median(r, func literal) escapes to heap in writeTuneTable:
./tune.go:133:39:   flow: {storage for ... argument} ← &{storage for TuneRow.median(r, func literal)}:
./tune.go:133:39:     from TuneRow.median(r, func literal) (spill) at ./tune.go:133:39
./tune.go:133:39:     from ... argument (slice-literal-element) at ./tune.go:133:22
./tune.go:133:39:   flow: {heap} ← {storage for ... argument}:
./tune.go:133:39:     from ... argument (spill) at ./tune.go:133:22
./tune.go:133:39:     from fmt.Sprintf("%.0f", ... argument...) (call parameter) at ./tune.go:133:22
./tune.go:137:58: r.Setting escapes to heap in writeTuneTable:
./tune.go:137:58:   flow: {storage for ... argument} ← &{storage for r.Setting}:
./tune.go:137:58:     from r.Setting (spill) at ./tune.go:137:58
./tune.go:137:58:     from ... argument (slice-literal-element) at ./tune.go:137:14
./tune.go:137:58:   flow: {heap} ← {storage for ... argument}:
./tune.go:137:58:     from ... argument (spill) at ./tune.go:137:14
./tune.go:137:58:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%v\t%v\t%s\t\n", ... argument...) (call parameter) at ./tune.go:137:14
./tune.go:137:68: c escapes to heap in writeTuneTable:
./tune.go:137:68:   flow: {storage for ... argument} ← &{storage for c}:
./tune.go:137:68:     from c (spill) at ./tune.go:137:68
./tune.go:137:68:     from ... argument (slice-literal-element) at ./tune.go:137:14
./tune.go:137:68:   flow: {heap} ← {storage for ... argument}:
./tune.go:137:68:     from ... argument (spill) at ./tune.go:137:14
./tune.go:137:68:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%v\t%v\t%s\t\n", ... argument...) (call parameter) at ./tune.go:137:14
./tune.go:137:71: g escapes to heap in writeTuneTable:
./tune.go:137:71:   flow: {storage for ... argument} ← &{storage for g}:
./tune.go:137:71:     from g (spill) at ./tune.go:137:71
./tune.go:137:71:     from ... argument (slice-literal-element) at ./tune.go:137:14
./tune.go:137:71:   flow: {heap} ← {storage for ... argument}:
./tune.go:137:71:     from ... argument (spill) at ./tune.go:137:14
./tune.go:137:71:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%v\t%v\t%s\t\n", ... argument...) (call parameter) at ./tune.go:137:14
./tune.go:138:15: formatBytes(int64(TuneRow.median(r, func literal))) escapes to heap in writeTuneTable:
./tune.go:138:15:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(TuneRow.median(r, func literal)))}:
./tune.go:138:15:     from formatBytes(int64(TuneRow.median(r, func literal))) (spill) at ./tune.go:138:15
./tune.go:138:15:     from ... argument (slice-literal-element) at ./tune.go:137:14
./tune.go:138:15:   flow: {heap} ← {storage for ... argument}:
./tune.go:138:15:     from ... argument (spill) at ./tune.go:137:14
./tune.go:138:15:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%v\t%v\t%s\t\n", ... argument...) (call parameter) at ./tune.go:137:14
./tune.go:139:15: formatBytes(int64(TuneRow.median(r, func literal))) escapes to heap in writeTuneTable:
./tune.go:139:15:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(TuneRow.median(r, func literal)))}:
./tune.go:139:15:     from formatBytes(int64(TuneRow.median(r, func literal))) (spill) at ./tune.go:139:15
./tune.go:139:15:     from ... argument (slice-literal-element) at ./tune.go:137:14
./tune.go:139:15:   flow: {heap} ← {storage for ... argument}:
./tune.go:139:15:     from ... argument (spill) at ./tune.go:137:14
./tune.go:139:15:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%v\t%v\t%s\t\n", ... argument...) (call parameter) at ./tune.go:137:14
./tune.go:140:17: time.Duration(TuneRow.median(r, func literal)) escapes to heap in writeTuneTable:
./tune.go:140:17:   flow: {storage for ... argument} ← &{storage for time.Duration(TuneRow.median(r, func literal))}:
./tune.go:140:17:     from time.Duration(TuneRow.median(r, func literal)) (spill) at ./tune.go:140:17
./tune.go:140:17:     from ... argument (slice-literal-element) at ./tune.go:137:14
./tune.go:140:17:   flow: {heap} ← {storage for ... argument}:
./tune.go:140:17:     from ... argument (spill) at ./tune.go:137:14
./tune.go:140:17:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%v\t%v\t%s\t\n", ... argument...) (call parameter) at ./tune.go:137:14
./tune.go:141:92: time.Duration.Round(time.Duration(TuneRow.median(r, func literal)), time.Duration(1000000)) escapes to heap in writeTuneTable:
./tune.go:141:92:   flow: {storage for ... argument} ← &{storage for time.Duration.Round(time.Duration(TuneRow.median(r, func literal)), time.Duration(1000000))}:
./tune.go:141:92:     from time.Duration.Round(time.Duration(TuneRow.median(r, func literal)), time.Duration(1000000)) (spill) at ./tune.go:141:92
./tune.go:141:92:     from ... argument (slice-literal-element) at ./tune.go:137:14
./tune.go:141:92:   flow: {heap} ← {storage for ... argument}:
./tune.go:141:92:     from ... argument (spill) at ./tune.go:137:14
./tune.go:141:92:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%v\t%v\t%s\t\n", ... argument...) (call parameter) at ./tune.go:137:14
./tune.go:142:4: gogc escapes to heap in writeTuneTable:
./tune.go:142:4:   flow: {storage for ... argument} ← &{storage for gogc}:
./tune.go:142:4:     from gogc (spill) at ./tune.go:142:4
./tune.go:142:4:     from ... argument (slice-literal-element) at ./tune.go:137:14
./tune.go:142:4:   flow: {heap} ← {storage for ... argument}:
./tune.go:142:4:     from ... argument (spill) at ./tune.go:137:14
./tune.go:142:4:     from fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%v\t%v\t%s\t\n", ... argument...) (call parameter) at ./tune.go:137:14
./tune.go:119:34: parameter rows leaks to {heap} for writeTuneTable with derefs=2:
./tune.go:119:34:   flow: base ← rows:
./tune.go:119:34:     from rows[i] (dot of pointer) at ./tune.go:151:16
./tune.go:119:34:     from &rows[i] (address-of) at ./tune.go:151:11
./tune.go:119:34:     from base = &rows[i] (assign) at ./tune.go:151:9
./tune.go:119:34:   flow: {heap} ← **base:
./tune.go:119:34:     from base (indirection) at ./tune.go:156:39
./tune.go:119:34:     from TuneRow.median(base, cycles) (call parameter) at ./tune.go:156:46
./tune.go:164:4: fewer escapes to heap in writeTuneTable:
./tune.go:164:4:   flow: {storage for ... argument} ← &{storage for fewer}:
./tune.go:164:4:     from fewer (spill) at ./tune.go:164:4
./tune.go:164:4:     from ... argument (slice-literal-element) at ./tune.go:163:14
./tune.go:164:4:   flow: {heap} ← {storage for ... argument}:
./tune.go:164:4:     from ... argument (spill) at ./tune.go:163:14
./tune.go:164:4:     from fmt.Fprintf(w, "\nours: %.0f%% fewer GC cycles than GOGC=100 (target ≥ 50%%); peak h..., ... argument...) (call parameter) at ./tune.go:163:14
./tune.go:164:22: formatBytes(int64(peak)) escapes to heap in writeTuneTable:
./tune.go:164:22:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(peak))}:
./tune.go:164:22:     from formatBytes(int64(peak)) (spill) at ./tune.go:164:22
./tune.go:164:22:     from ... argument (slice-literal-element) at ./tune.go:163:14
./tune.go:164:22:   flow: {heap} ← {storage for ... argument}:
./tune.go:164:22:     from ... argument (spill) at ./tune.go:163:14
./tune.go:164:22:     from fmt.Fprintf(w, "\nours: %.0f%% fewer GC cycles than GOGC=100 (target ≥ 50%%); peak h..., ... argument...) (call parameter) at ./tune.go:163:14
./tune.go:164:37: within escapes to heap in writeTuneTable:
./tune.go:164:37:   flow: {storage for ... argument} ← &{storage for within}:
./tune.go:164:37:     from within (spill) at ./tune.go:164:37
./tune.go:164:37:     from ... argument (slice-literal-element) at ./tune.go:163:14
./tune.go:164:37:   flow: {heap} ← {storage for ... argument}:
./tune.go:164:37:     from ... argument (spill) at ./tune.go:163:14
./tune.go:164:37:     from fmt.Fprintf(w, "\nours: %.0f%% fewer GC cycles than GOGC=100 (target ≥ 50%%); peak h..., ... argument...) (call parameter) at ./tune.go:163:14
./tune.go:164:56: formatBytes(int64(limit)) escapes to heap in writeTuneTable:
./tune.go:164:56:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(limit))}:
./tune.go:164:56:     from formatBytes(int64(limit)) (spill) at ./tune.go:164:56
./tune.go:164:56:     from ... argument (slice-literal-element) at ./tune.go:163:14
./tune.go:164:56:   flow: {heap} ← {storage for ... argument}:
./tune.go:164:56:     from ... argument (spill) at ./tune.go:163:14
./tune.go:164:56:     from fmt.Fprintf(w, "\nours: %.0f%% fewer GC cycles than GOGC=100 (target ≥ 50%%); peak h..., ... argument...) (call parameter) at ./tune.go:163:14
./tune.go:167:35: r.TunerNote escapes to heap in writeTuneTable:
./tune.go:167:35:   flow: {storage for ... argument} ← &{storage for r.TunerNote}:
./tune.go:167:35:     from r.TunerNote (spill) at ./tune.go:167:35
./tune.go:167:35:     from ... argument (slice-literal-element) at ./tune.go:167:16
./tune.go:167:35:   flow: {heap} ← {storage for ... argument}:
./tune.go:167:35:     from ... argument (spill) at ./tune.go:167:16
./tune.go:167:35:     from fmt.Fprintf(w, "      %s\n", ... argument...) (call parameter) at ./tune.go:167:16
./tune.go:120:27: new(tabwriter.Writer) escapes to heap in writeTuneTable:
./tune.go:120:27:   flow: {temp} ← &{storage for new(tabwriter.Writer)}:
./tune.go:120:27:     from new(tabwriter.Writer) (spill) at ./tune.go:120:27
./tune.go:120:27:     from (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (call parameter) at ./tune.go:120:27
./tune.go:120:27:   flow: ~r0 ← {temp}:
./tune.go:120:27:     from ~r0 = (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (assign-pair) at ./tune.go:120:27
./tune.go:120:27:   flow: tw ← ~r0:
./tune.go:120:27:     from tw := ~r0 (assign) at ./tune.go:120:5
./tune.go:120:27:   flow: {heap} ← tw:
./tune.go:120:27:     from tw (interface-converted) at ./tune.go:121:15
./tune.go:120:27:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./tune.go:121:14
./tune.go:119:34: parameter rows leaks to {storage for r.TunerNote} for writeTuneTable with derefs=2:
./tune.go:119:34:   flow: ours ← rows:
./tune.go:119:34:     from rows[i] (dot of pointer) at ./tune.go:153:16
./tune.go:119:34:     from &rows[i] (address-of) at ./tune.go:153:11
./tune.go:119:34:     from ours = &rows[i] (assign) at ./tune.go:153:9
./tune.go:119:34:   flow: {temp} ← *ours:
./tune.go:119:34:     from ours.Runs (dot of pointer) at ./tune.go:165:25
./tune.go:119:34:   flow: r ← *{temp}:
./tune.go:119:34:     from for loop (range-deref) at ./tune.go:165:15
./tune.go:119:34:   flow: {storage for r.TunerNote} ← r:
./tune.go:119:34:     from r.TunerNote (dot) at ./tune.go:167:35
./tune.go:119:34:     from r.TunerNote (interface-converted) at ./tune.go:167:35
./tune.go:119:34: parameter rows leaks to {storage for r.Setting} for writeTuneTable with derefs=1:
./tune.go:119:34:   flow: {temp} ← rows:
./tune.go:119:34:   flow: r ← *{temp}:
./tune.go:119:34:     from for loop (range-deref) at ./tune.go:124:14
./tune.go:119:34:   flow: {storage for r.Setting} ← r:
./tune.go:119:34:     from r.Setting (dot) at ./tune.go:137:58
./tune.go:119:34:     from r.Setting (interface-converted) at ./tune.go:137:58
./tune.go:119:21: leaking param: w
./tune.go:119:34: leaking param content: rows
./tune.go:120:27: new(tabwriter.Writer) escapes to heap
./tune.go:121:14: ... argument does not escape
./tune.go:121:19: "setting\tGC cycles\tGC CPU\tpeak heap\tpeak RSS\tp99 pause\twall\tGO... escapes to heap
./tune.go:122:12: func literal does not escape
./tune.go:123:9: func literal does not escape
./tune.go:125:19: ... argument does not escape
./tune.go:125:36: TuneRow.median(r, cycles) escapes to heap
./tune.go:126:19: ... argument does not escape
./tune.go:126:38: TuneRow.median(r, cpu) escapes to heap
./tune.go:129:20: ... argument does not escape
./tune.go:129:39: lo escapes to heap
./tune.go:129:43: hi escapes to heap
./tune.go:131:20: ... argument does not escape
./tune.go:131:39: lo escapes to heap
./tune.go:131:43: hi escapes to heap
./tune.go:133:22: ... argument does not escape
./tune.go:133:39: TuneRow.median(r, func literal) escapes to heap
./tune.go:133:40: func literal does not escape
./tune.go:137:14: ... argument does not escape
./tune.go:137:58: r.Setting escapes to heap
./tune.go:137:68: c escapes to heap
./tune.go:137:71: g escapes to heap
./tune.go:138:15: formatBytes(int64(TuneRow.median(r, func literal))) escapes to heap
./tune.go:138:31: func literal does not escape
./tune.go:139:15: formatBytes(int64(TuneRow.median(r, func literal))) escapes to heap
./tune.go:139:31: func literal does not escape
./tune.go:140:17: time.Duration(TuneRow.median(r, func literal)) escapes to heap
./tune.go:140:27: func literal does not escape
./tune.go:141:92: time.Duration.Round(time.Duration(TuneRow.median(r, func literal)), time.Duration(1000000)) escapes to heap
./tune.go:141:27: func literal does not escape
./tune.go:142:4: gogc escapes to heap
./tune.go:158:23: func literal does not escape
./tune.go:163:14: ... argument does not escape
./tune.go:164:4: fewer escapes to heap
./tune.go:164:22: formatBytes(int64(peak)) escapes to heap
./tune.go:164:37: within escapes to heap
./tune.go:164:56: formatBytes(int64(limit)) escapes to heap
./tune.go:167:16: ... argument does not escape
./tune.go:167:35: r.TunerNote escapes to heap
./demo.go:123:15: parameter ctx leaks to {heap} for demoTune with derefs=0:
./demo.go:123:15:   flow: {heap} ← ctx:
./demo.go:123:15:     from RunTune(ctx, demoTuneSpec) (call parameter) at ./demo.go:124:22
./demo.go:123:36: parameter w leaks to {heap} for demoTune with derefs=0:
./demo.go:123:36:   flow: {heap} ← w:
./demo.go:123:36:     from fmt.Fprintf(w, "workload: %d MiB live, %d MiB allocated; limit %s; one round (tune -..., ... argument...) (call parameter) at ./demo.go:129:13
./demo.go:130:5: ws.LiveMiB escapes to heap in demoTune:
./demo.go:130:5:   flow: {storage for ... argument} ← &{storage for ws.LiveMiB}:
./demo.go:130:5:     from ws.LiveMiB (spill) at ./demo.go:130:5
./demo.go:130:5:     from ... argument (slice-literal-element) at ./demo.go:129:13
./demo.go:130:5:   flow: {heap} ← {storage for ... argument}:
./demo.go:130:5:     from ... argument (spill) at ./demo.go:129:13
./demo.go:130:5:     from fmt.Fprintf(w, "workload: %d MiB live, %d MiB allocated; limit %s; one round (tune -..., ... argument...) (call parameter) at ./demo.go:129:13
./demo.go:130:17: ws.ChurnMiB escapes to heap in demoTune:
./demo.go:130:17:   flow: {storage for ... argument} ← &{storage for ws.ChurnMiB}:
./demo.go:130:17:     from ws.ChurnMiB (spill) at ./demo.go:130:17
./demo.go:130:17:     from ... argument (slice-literal-element) at ./demo.go:129:13
./demo.go:130:17:   flow: {heap} ← {storage for ... argument}:
./demo.go:130:17:     from ... argument (spill) at ./demo.go:129:13
./demo.go:130:17:     from fmt.Fprintf(w, "workload: %d MiB live, %d MiB allocated; limit %s; one round (tune -..., ... argument...) (call parameter) at ./demo.go:129:13
./demo.go:130:39: formatBytes(int64(demoTuneSpec.Limit)) escapes to heap in demoTune:
./demo.go:130:39:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(demoTuneSpec.Limit))}:
./demo.go:130:39:     from formatBytes(int64(demoTuneSpec.Limit)) (spill) at ./demo.go:130:39
./demo.go:130:39:     from ... argument (slice-literal-element) at ./demo.go:129:13
./demo.go:130:39:   flow: {heap} ← {storage for ... argument}:
./demo.go:130:39:     from ... argument (spill) at ./demo.go:129:13
./demo.go:130:39:     from fmt.Fprintf(w, "workload: %d MiB live, %d MiB allocated; limit %s; one round (tune -..., ... argument...) (call parameter) at ./demo.go:129:13
./demo.go:123:15: leaking param: ctx
./demo.go:123:36: leaking param: w
./demo.go:129:13: ... argument does not escape
./demo.go:130:5: ws.LiveMiB escapes to heap
./demo.go:130:17: ws.ChurnMiB escapes to heap
./demo.go:130:39: formatBytes(int64(demoTuneSpec.Limit)) escapes to heap
./layout.go:141:21: parameter p leaks to ~r0 for shortQualifier with derefs=1:
./layout.go:141:21:   flow: types.pkg ← p:
./layout.go:141:21:     from types.pkg := p (assign-pair) at ./layout.go:141:61
./layout.go:141:21:   flow: ~r0 ← *types.pkg:
./layout.go:141:21:     from types.pkg.name (dot of pointer) at ./layout.go:141:61
./layout.go:141:21:     from ~r0 = types.pkg.name (assign-pair) at ./layout.go:141:61
./layout.go:141:21:   flow: ~r0 ← ~r0:
./layout.go:141:21:     from return ~r0 (return) at ./layout.go:141:48
./layout.go:141:21: leaking param: p to result ~r0 level=1
./layout.go:78:30: parameter t leaks to {heap} for layoutSizes.ptrdata with derefs=0:
./layout.go:78:30:   flow: {heap} ← t:
./layout.go:78:30:     from t.Underlying() (call parameter) at ./layout.go:79:26
./layout.go:78:7: parameter s leaks to {heap} for layoutSizes.ptrdata with derefs=0:
./layout.go:78:7:   flow: {heap} ← s:
./layout.go:78:7:     from s.Sizes (dot) at ./layout.go:97:24
./layout.go:78:7:     from s.Sizes.Sizeof(~r0) (call parameter) at ./layout.go:97:31
./layout.go:101:17: make([]*types.Var, ~r0) escapes to heap in layoutSizes.ptrdata:
./layout.go:101:17:   flow: fields ← &{storage for make([]*types.Var, ~r0)}:
./layout.go:101:17:     from make([]*types.Var, ~r0) (spill) at ./layout.go:101:17
./layout.go:101:17:     from fields := make([]*types.Var, ~r0) (assign) at ./layout.go:101:10
./layout.go:101:17:   flow: {heap} ← fields:
./layout.go:101:17:     from s.Sizes.Offsetsof(fields) (call parameter) at ./layout.go:105:22
./layout.go:78:7: leaking param: s
./layout.go:78:30: leaking param: t
./layout.go:101:17: make([]*types.Var, ~r0) escapes to heap
./layout.go:118:7: parameter s leaks to {heap} for layoutSizes.layoutOf with derefs=0:
./layout.go:118:7:   flow: {heap} ← s:
./layout.go:118:7:     from s.Sizes (dot) at ./layout.go:120:11
./layout.go:118:7:     from s.Sizes.Offsetsof(fields) (call parameter) at ./layout.go:120:21
./layout.go:118:44: parameter fields leaks to {heap} for layoutSizes.layoutOf with derefs=0:
./layout.go:118:44:   flow: {heap} ← fields:
./layout.go:118:44:     from s.Sizes.Offsetsof(fields) (call parameter) at ./layout.go:120:21
./layout.go:118:31: parameter name leaks to {heap} for layoutSizes.layoutOf with derefs=1:
./layout.go:118:31:   flow: l ← name:
./layout.go:118:31:     from StructLayout{...} (struct literal element) at ./layout.go:119:19
./layout.go:118:31:     from l := StructLayout{...} (assign) at ./layout.go:119:4
./layout.go:118:31:   flow: {temp} ← l:
./layout.go:118:31:     from l.Fields (dot) at ./layout.go:128:22
./layout.go:118:31:     from append(l.Fields, fl) (call parameter) at ./layout.go:128:20
./layout.go:118:31:   flow: {heap} ← *{temp}:
./layout.go:118:31:     from append(l.Fields, fl) (appendee slice) at ./layout.go:128:20
./layout.go:118:31: parameter name leaks to ~r0 for layoutSizes.layoutOf with derefs=0:
./layout.go:118:31:   flow: l ← name:
./layout.go:118:31:     from StructLayout{...} (struct literal element) at ./layout.go:119:19
./layout.go:118:31:     from l := StructLayout{...} (assign) at ./layout.go:119:4
./layout.go:118:31:   flow: ~r0 ← l:
./layout.go:118:31:     from return l (return) at ./layout.go:138:2
./layout.go:128:20: append(l.Fields, fl) escapes to heap in layoutSizes.layoutOf:
./layout.go:128:20:   flow: l ← &{storage for append(l.Fields, fl)}:
./layout.go:128:20:     from append(l.Fields, fl) (spill) at ./layout.go:128:20
./layout.go:128:20:     from l.Fields = append(l.Fields, fl) (assign) at ./layout.go:128:12
./layout.go:128:20:   flow: ~r0 ← l:
./layout.go:128:20:     from return l (return) at ./layout.go:138:2
./layout.go:118:7: leaking param: s
./layout.go:118:31: leaking param content: name
./layout.go:118:31: leaking param: name to result ~r0 level=0
./layout.go:118:44: leaking param: fields
./layout.go:128:20: append escapes to heap
/usr/local/go/src/slices/zsortanyfunc.go:470:20: slices.rotateCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:470:20: slices.rotateCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:473:20: slices.rotateCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:473:20: slices.rotateCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:478:18: slices.rotateCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:478:18: slices.rotateCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:398:23: slices.symMergeCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k + 1] = slices.data[slices.k + 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:398:23: slices.symMergeCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k + 1] = slices.data[slices.k + 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:422:23: slices.symMergeCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k - 1] = slices.data[slices.k - 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:422:23: slices.symMergeCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.k], slices.data[slices.k - 1] = slices.data[slices.k - 1], slices.data[slices.k]
/usr/local/go/src/slices/zsortanyfunc.go:378:29: parameter slices.data leaks to {heap} for symMergeCmpFunc[go.shape.*uint8] with derefs=1:
/usr/local/go/src/slices/zsortanyfunc.go:378:29:   flow: {heap} ← *slices.data:
/usr/local/go/src/slices/zsortanyfunc.go:378:29:     from slices.data[slices.h] (dot of pointer) at /usr/local/go/src/slices/zsortanyfunc.go:390:15
/usr/local/go/src/slices/zsortanyfunc.go:378:29:     from slices.cmp(slices.data[slices.h], slices.data[slices.a]) (call parameter) at /usr/local/go/src/slices/zsortanyfunc.go:390:10
/usr/local/go/src/slices/zsortanyfunc.go:339:23: slices.stableCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:339:23: slices.stableCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:343:22: slices.stableCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:343:22: slices.stableCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:335:27: parameter slices.data leaks to {heap} for stableCmpFunc[go.shape.*uint8] with derefs=1:
/usr/local/go/src/slices/zsortanyfunc.go:335:27:   flow: slices.data ← slices.data:
/usr/local/go/src/slices/zsortanyfunc.go:335:27:     from slices..dict, slices.data, slices.a, slices.b, slices.cmp := (*[2]uintptr)(slices..dict[0]), slices.data, slices.a, slices.b, slices.cmp (assign-pair) at /usr/local/go/src/slices/zsortanyfunc.go:339:23
/usr/local/go/src/slices/zsortanyfunc.go:335:27:   flow: {heap} ← *slices.data:
/usr/local/go/src/slices/zsortanyfunc.go:335:27:     from slices.data[slices.j] (dot of pointer) at /usr/local/go/src/slices/zsortanyfunc.go:339:23
/usr/local/go/src/slices/zsortanyfunc.go:335:27:     from slices.cmp(slices.data[slices.j], slices.data[slices.j - 1]) (call parameter) at /usr/local/go/src/slices/zsortanyfunc.go:339:23
./layout.go:148:7: layoutSizes.optimalOrder capturing by value: s (addr=false assign=false width=24)
./layout.go:148:7: parameter s leaks to {heap} for layoutSizes.optimalOrder with derefs=0:
./layout.go:148:7:   flow: {heap} ← s:
./layout.go:148:7:     from s.Sizes (dot) at ./layout.go:151:14
./layout.go:148:7:     from s.Sizes.Sizeof(~r0) (call parameter) at ./layout.go:151:21
./layout.go:148:35: parameter fields leaks to {heap} for layoutSizes.optimalOrder with derefs=1:
./layout.go:148:35:   flow: slices.s ← fields:
./layout.go:148:35:     from slices..dict, slices.s := &slices..dict.Clone[[]*go/types.Var,*go/types.Var], fields (assign-pair) at ./layout.go:149:21
./layout.go:148:35:   flow: {heap} ← *slices.s:
./layout.go:148:35:     from append(go.shape.[]*go/types.Var{}, slices.s...) (call parameter) at ./layout.go:149:21
./layout.go:148:35:     from append(go.shape.[]*go/types.Var{}, slices.s...) (appended slice...) at ./layout.go:149:21
./layout.go:150:34: parameter a leaks to {heap} for layoutSizes.optimalOrder.func1 with derefs=1:
./layout.go:150:34:   flow: types.obj ← a:
./layout.go:150:34:     from a.object (dot of pointer) at ./layout.go:151:23
./layout.go:150:34:     from a.object (address-of) at ./layout.go:151:23
./layout.go:150:34:     from types.obj := a.object (assign-pair) at ./layout.go:151:28
./layout.go:150:34:   flow: ~r0 ← *types.obj:
./layout.go:150:34:     from types.obj.typ (dot of pointer) at ./layout.go:151:28
./layout.go:150:34:     from ~r0 = types.obj.typ (assign-pair) at ./layout.go:151:28
./layout.go:150:34:   flow: {heap} ← ~r0:
./layout.go:150:34:     from s.Sizes.Sizeof(~r0) (call parameter) at ./layout.go:151:21
./layout.go:150:37: parameter b leaks to {heap} for layoutSizes.optimalOrder.func1 with derefs=1:
./layout.go:150:37:   flow: types.obj ← b:
./layout.go:150:37:     from b.object (dot of pointer) at ./layout.go:151:43
./layout.go:150:37:     from b.object (address-of) at ./layout.go:151:43
./layout.go:150:37:     from types.obj := b.object (assign-pair) at ./layout.go:151:48
./layout.go:150:37:   flow: ~r0 ← *types.obj:
./layout.go:150:37:     from types.obj.typ (dot of pointer) at ./layout.go:151:48
./layout.go:150:37:     from ~r0 = types.obj.typ (assign-pair) at ./layout.go:151:48
./layout.go:150:37:   flow: {heap} ← ~r0:
./layout.go:150:37:     from s.Sizes.Sizeof(~r0) (call parameter) at ./layout.go:151:41
./layout.go:149:21: append(go.shape.[]*go/types.Var{}, slices.s...) escapes to heap in layoutSizes.optimalOrder:
./layout.go:149:21:   flow: ~r0 ← &{storage for append(go.shape.[]*go/types.Var{}, slices.s...)}:
./layout.go:149:21:     from append(go.shape.[]*go/types.Var{}, slices.s...) (spill) at ./layout.go:149:21
./layout.go:149:21:     from ~r0 = append(go.shape.[]*go/types.Var{}, slices.s...) (assign-pair) at ./layout.go:149:21
./layout.go:149:21:   flow: out ← ~r0:
./layout.go:149:21:     from out := ~r0 (assign) at ./layout.go:149:6
./layout.go:149:21:   flow: ~r0 ← out:
./layout.go:149:21:     from return out (return) at ./layout.go:175:2
./layout.go:149:21: go.shape.[]*go/types.Var{} escapes to heap in layoutSizes.optimalOrder:
./layout.go:149:21:   flow: {temp} ← &{storage for go.shape.[]*go/types.Var{}}:
./layout.go:149:21:     from go.shape.[]*go/types.Var{} (spill) at ./layout.go:149:21
./layout.go:149:21:     from append(go.shape.[]*go/types.Var{}, slices.s...) (call parameter) at ./layout.go:149:21
./layout.go:149:21:   flow: {temp} ← {temp}:
./layout.go:149:21:   flow: ~r0 ← {temp}:
./layout.go:149:21:     from ~r0 = append(go.shape.[]*go/types.Var{}, slices.s...) (assign-pair) at ./layout.go:149:21
./layout.go:149:21:   flow: out ← ~r0:
./layout.go:149:21:     from out := ~r0 (assign) at ./layout.go:149:6
./layout.go:149:21:   flow: ~r0 ← out:
./layout.go:149:21:     from return out (return) at ./layout.go:175:2
./layout.go:148:7: leaking param: s
./layout.go:148:35: leaking param content: fields
./layout.go:150:34: leaking param content: a
./layout.go:150:37: leaking param content: b
./layout.go:149:21: go.shape.[]*go/types.Var{} escapes to heap
./layout.go:149:21: append escapes to heap
./layout.go:150:29: func literal does not escape
./layout.go:216:31: parameter t leaks to {heap} for inspectType with derefs=0:
./layout.go:216:31:   flow: {heap} ← t:
./layout.go:216:31:     from t.Underlying() (call parameter) at ./layout.go:217:24
./layout.go:216:18: parameter name leaks to {heap} for inspectType with derefs=1:
./layout.go:216:18:   flow: {temp} ← name:
./layout.go:216:18:     from layoutSizes.layoutOf(s, name, fields) (call parameter) at ./layout.go:226:43
./layout.go:216:18:   flow: {heap} ← *{temp}:
./layout.go:221:16: make([]*types.Var, ~r0) escapes to heap in inspectType:
./layout.go:221:16:   flow: fields ← &{storage for make([]*types.Var, ~r0)}:
./layout.go:221:16:     from make([]*types.Var, ~r0) (spill) at ./layout.go:221:16
./layout.go:221:16:     from fields := make([]*types.Var, ~r0) (assign) at ./layout.go:221:9
./layout.go:221:16:   flow: {heap} ← fields:
./layout.go:221:16:     from layoutSizes.layoutOf(s, name, fields) (call parameter) at ./layout.go:226:43
./layout.go:219:42: name escapes to heap in inspectType:
./layout.go:219:42:   flow: {storage for ... argument} ← &{storage for name}:
./layout.go:219:42:     from name (spill) at ./layout.go:219:42
./layout.go:219:42:     from ... argument (slice-literal-element) at ./layout.go:219:25
./layout.go:219:42:   flow: fmt.a ← &{storage for ... argument}:
./layout.go:219:42:     from ... argument (spill) at ./layout.go:219:25
./layout.go:219:42:     from fmt.format, fmt.a := "%s is %s: %w", ... argument (assign-pair) at ./layout.go:219:25
./layout.go:219:42:   flow: {heap} ← *fmt.a:
./layout.go:219:42:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./layout.go:219:25
./layout.go:216:18: parameter name leaks to {storage for name} for inspectType with derefs=0:
./layout.go:216:18:   flow: {storage for name} ← name:
./layout.go:216:18:     from name (interface-converted) at ./layout.go:219:42
./layout.go:219:25: &errors.errorString{...} escapes to heap in inspectType:
./layout.go:219:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./layout.go:219:25:     from &errors.errorString{...} (spill) at ./layout.go:219:25
./layout.go:219:25:     from &errors.errorString{...} (interface-converted) at ./layout.go:219:25
./layout.go:219:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./layout.go:219:25
./layout.go:219:25:   flow: fmt.err ← ~r0:
./layout.go:219:25:     from fmt.err = ~r0 (assign-pair) at ./layout.go:219:25
./layout.go:219:25:   flow: ~r1 ← fmt.err:
./layout.go:219:25:     from return nil, fmt.err (return) at ./layout.go:219:3
./layout.go:226:9: &LayoutReport{...} escapes to heap in inspectType:
./layout.go:226:9:   flow: ~r0 ← &{storage for &LayoutReport{...}}:
./layout.go:226:9:     from &LayoutReport{...} (spill) at ./layout.go:226:9
./layout.go:226:9:     from return &LayoutReport{...}, nil (return) at ./layout.go:226:2
./layout.go:216:18: parameter name leaks to {storage for &LayoutReport{...}} for inspectType with derefs=0:
./layout.go:216:18:   flow: {temp} ← name:
./layout.go:216:18:     from layoutSizes.layoutOf(s, name, fields) (call parameter) at ./layout.go:226:43
./layout.go:216:18:   flow: {storage for &LayoutReport{...}} ← {temp}:
./layout.go:216:18:     from LayoutReport{...} (struct literal element) at ./layout.go:226:22
./layout.go:216:18: leaking param: name
./layout.go:216:31: leaking param: t
./layout.go:219:25: ... argument does not escape
./layout.go:219:42: name escapes to heap
./layout.go:219:25: &errors.errorString{...} escapes to heap
./layout.go:221:16: make([]*types.Var, ~r0) escapes to heap
./layout.go:226:9: &LayoutReport{...} escapes to heap
./layout.go:193:28: ... argument escapes to heap in InspectStruct:
./layout.go:193:28:   flow: {heap} ← &{storage for ... argument}:
./layout.go:193:28:     from ... argument (spill) at ./layout.go:193:28
./layout.go:193:28:     from packages.Load(cfg, ... argument...) (call parameter) at ./layout.go:193:28
./layout.go:204:21: packages.pos + ": " + packages.err.Msg escapes to heap in InspectStruct:
./layout.go:204:21:   flow: ~r0 ← &{storage for packages.pos + ": " + packages.err.Msg}:
./layout.go:204:21:     from packages.pos + ": " + packages.err.Msg (spill) at ./layout.go:204:21
./layout.go:204:21:     from ~r0 = packages.pos + ": " + packages.err.Msg (assign-pair) at ./layout.go:204:21
./layout.go:204:21:   flow: {heap} ← ~r0:
./layout.go:204:21:     from msgs[i] = ~r0 (assign) at ./layout.go:204:12
./layout.go:191:20: parameter dir leaks to {heap} for InspectStruct with derefs=0:
./layout.go:191:20:   flow: {storage for &packages.Config{...}} ← dir:
./layout.go:191:20:     from packages.Config{...} (struct literal element) at ./layout.go:192:25
./layout.go:191:20:   flow: cfg ← &{storage for &packages.Config{...}}:
./layout.go:191:20:     from &packages.Config{...} (spill) at ./layout.go:192:9
./layout.go:191:20:     from cfg := &packages.Config{...} (assign) at ./layout.go:192:6
./layout.go:191:20:   flow: {heap} ← *cfg:
./layout.go:191:20:     from packages.Load(cfg, ... argument...) (call parameter) at ./layout.go:193:28
./layout.go:195:41: pkg escapes to heap in InspectStruct:
./layout.go:195:41:   flow: {storage for ... argument} ← &{storage for pkg}:
./layout.go:195:41:     from pkg (spill) at ./layout.go:195:41
./layout.go:195:41:     from ... argument (slice-literal-element) at ./layout.go:195:25
./layout.go:195:41:   flow: fmt.a ← &{storage for ... argument}:
./layout.go:195:41:     from ... argument (spill) at ./layout.go:195:25
./layout.go:195:41:     from fmt.format, fmt.a := "load %s: %w", ... argument (assign-pair) at ./layout.go:195:25
./layout.go:195:41:   flow: {heap} ← *fmt.a:
./layout.go:195:41:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./layout.go:195:25
./layout.go:198:63: pkg escapes to heap in InspectStruct:
./layout.go:198:63:   flow: {storage for ... argument} ← &{storage for pkg}:
./layout.go:198:63:     from pkg (spill) at ./layout.go:198:63
./layout.go:198:63:     from ... argument (slice-literal-element) at ./layout.go:198:25
./layout.go:198:63:   flow: fmt.a ← &{storage for ... argument}:
./layout.go:198:63:     from ... argument (spill) at ./layout.go:198:25
./layout.go:198:63:     from fmt.format, fmt.a := "load %s: want one package, got %d", ... argument (assign-pair) at ./layout.go:198:25
./layout.go:198:63:   flow: {heap} ← *fmt.a:
./layout.go:198:63:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./layout.go:198:25
./layout.go:198:71: len(pkgs) escapes to heap in InspectStruct:
./layout.go:198:71:   flow: {storage for ... argument} ← &{storage for len(pkgs)}:
./layout.go:198:71:     from len(pkgs) (spill) at ./layout.go:198:71
./layout.go:198:71:     from ... argument (slice-literal-element) at ./layout.go:198:25
./layout.go:198:71:   flow: fmt.a ← &{storage for ... argument}:
./layout.go:198:71:     from ... argument (spill) at ./layout.go:198:25
./layout.go:198:71:     from fmt.format, fmt.a := "load %s: want one package, got %d", ... argument (assign-pair) at ./layout.go:198:25
./layout.go:198:71:   flow: {heap} ← *fmt.a:
./layout.go:198:71:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./layout.go:198:25
./layout.go:206:58: strings.Join(msgs, "\n") escapes to heap in InspectStruct:
./layout.go:206:58:   flow: {storage for ... argument} ← &{storage for strings.Join(msgs, "\n")}:
./layout.go:206:58:     from strings.Join(msgs, "\n") (spill) at ./layout.go:206:58
./layout.go:206:58:     from ... argument (slice-literal-element) at ./layout.go:206:25
./layout.go:206:58:   flow: fmt.a ← &{storage for ... argument}:
./layout.go:206:58:     from ... argument (spill) at ./layout.go:206:25
./layout.go:206:58:     from fmt.format, fmt.a := "%w: %s", ... argument (assign-pair) at ./layout.go:206:25
./layout.go:206:58:   flow: {heap} ← *fmt.a:
./layout.go:206:58:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./layout.go:206:25
./layout.go:211:65: name escapes to heap in InspectStruct:
./layout.go:211:65:   flow: {storage for ... argument} ← &{storage for name}:
./layout.go:211:65:     from name (spill) at ./layout.go:211:65
./layout.go:211:65:     from ... argument (slice-literal-element) at ./layout.go:211:25
./layout.go:211:65:   flow: fmt.a ← &{storage for ... argument}:
./layout.go:211:65:     from ... argument (spill) at ./layout.go:211:25
./layout.go:211:65:     from fmt.format, fmt.a := "%w %q in package %s", ... argument (assign-pair) at ./layout.go:211:25
./layout.go:211:65:   flow: {heap} ← *fmt.a:
./layout.go:211:65:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./layout.go:211:25
./layout.go:211:72: p.PkgPath escapes to heap in InspectStruct:
./layout.go:211:72:   flow: {storage for ... argument} ← &{storage for p.PkgPath}:
./layout.go:211:72:     from p.PkgPath (spill) at ./layout.go:211:72
./layout.go:211:72:     from ... argument (slice-literal-element) at ./layout.go:211:25
./layout.go:211:72:   flow: fmt.a ← &{storage for ... argument}:
./layout.go:211:72:     from ... argument (spill) at ./layout.go:211:25
./layout.go:211:72:     from fmt.format, fmt.a := "%w %q in package %s", ... argument (assign-pair) at ./layout.go:211:25
./layout.go:211:72:   flow: {heap} ← *fmt.a:
./layout.go:211:72:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./layout.go:211:25
./layout.go:191:30: parameter name leaks to {storage for name} for InspectStruct with derefs=0:
./layout.go:191:30:   flow: {storage for name} ← name:
./layout.go:191:30:     from name (interface-converted) at ./layout.go:211:65
./layout.go:191:25: parameter pkg leaks to {storage for pkg} for InspectStruct with derefs=0:
./layout.go:191:25:   flow: {storage for pkg} ← pkg:
./layout.go:191:25:     from pkg (interface-converted) at ./layout.go:198:63
./layout.go:191:25: parameter pkg leaks to {storage for pkg} for InspectStruct with derefs=0:
./layout.go:191:25:   flow: {storage for pkg} ← pkg:
./layout.go:191:25:     from pkg (interface-converted) at ./layout.go:195:41
./layout.go:191:25: parameter pkg leaks to {storage for ... argument} for InspectStruct with derefs=0:
./layout.go:191:25:   flow: {storage for ... argument} ← pkg:
./layout.go:191:25:     from ... argument (slice-literal-element) at ./layout.go:193:28
./layout.go:195:25: &errors.errorString{...} escapes to heap in InspectStruct:
./layout.go:195:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./layout.go:195:25:     from &errors.errorString{...} (spill) at ./layout.go:195:25
./layout.go:195:25:     from &errors.errorString{...} (interface-converted) at ./layout.go:195:25
./layout.go:195:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./layout.go:195:25
./layout.go:195:25:   flow: fmt.err ← ~r0:
./layout.go:195:25:     from fmt.err = ~r0 (assign-pair) at ./layout.go:195:25
./layout.go:195:25:   flow: ~r1 ← fmt.err:
./layout.go:195:25:     from return nil, fmt.err (return) at ./layout.go:195:3
./layout.go:198:25: &errors.errorString{...} escapes to heap in InspectStruct:
./layout.go:198:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./layout.go:198:25:     from &errors.errorString{...} (spill) at ./layout.go:198:25
./layout.go:198:25:     from &errors.errorString{...} (interface-converted) at ./layout.go:198:25
./layout.go:198:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./layout.go:198:25
./layout.go:198:25:   flow: fmt.err ← ~r0:
./layout.go:198:25:     from fmt.err = ~r0 (assign-pair) at ./layout.go:198:25
./layout.go:198:25:   flow: ~r1 ← fmt.err:
./layout.go:198:25:     from return nil, fmt.err (return) at ./layout.go:198:3
./layout.go:206:25: &errors.errorString{...} escapes to heap in InspectStruct:
./layout.go:206:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./layout.go:206:25:     from &errors.errorString{...} (spill) at ./layout.go:206:25
./layout.go:206:25:     from &errors.errorString{...} (interface-converted) at ./layout.go:206:25
./layout.go:206:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./layout.go:206:25
./layout.go:206:25:   flow: fmt.err ← ~r0:
./layout.go:206:25:     from fmt.err = ~r0 (assign-pair) at ./layout.go:206:25
./layout.go:206:25:   flow: ~r1 ← fmt.err:
./layout.go:206:25:     from return nil, fmt.err (return) at ./layout.go:206:3
./layout.go:211:25: &errors.errorString{...} escapes to heap in InspectStruct:
./layout.go:211:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./layout.go:211:25:     from &errors.errorString{...} (spill) at ./layout.go:211:25
./layout.go:211:25:     from &errors.errorString{...} (interface-converted) at ./layout.go:211:25
./layout.go:211:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./layout.go:211:25
./layout.go:211:25:   flow: fmt.err ← ~r0:
./layout.go:211:25:     from fmt.err = ~r0 (assign-pair) at ./layout.go:211:25
./layout.go:211:25:   flow: ~r1 ← fmt.err:
./layout.go:211:25:     from return nil, fmt.err (return) at ./layout.go:211:3
./layout.go:191:20: leaking param: dir
./layout.go:191:25: leaking param: pkg
./layout.go:191:30: leaking param: name
./layout.go:192:9: &packages.Config{...} does not escape
./layout.go:193:28: ... argument escapes to heap
./layout.go:195:25: ... argument does not escape
./layout.go:195:41: pkg escapes to heap
./layout.go:195:25: &errors.errorString{...} escapes to heap
./layout.go:198:25: ... argument does not escape
./layout.go:198:63: pkg escapes to heap
./layout.go:198:71: len(pkgs) escapes to heap
./layout.go:198:25: &errors.errorString{...} escapes to heap
./layout.go:202:15: make([]string, len(p.Errors)) does not escape
./layout.go:204:21: packages.pos + ": " + packages.err.Msg escapes to heap
./layout.go:206:25: ... argument does not escape
./layout.go:206:58: strings.Join(msgs, "\n") escapes to heap
./layout.go:206:25: &errors.errorString{...} escapes to heap
./layout.go:211:25: ... argument does not escape
./layout.go:211:65: name escapes to heap
./layout.go:211:72: p.PkgPath escapes to heap
./layout.go:211:25: &errors.errorString{...} escapes to heap
./layout.go:242:34: (*LayoutReport).WriteText capturing by value: w (addr=false assign=false width=16)
./layout.go:242:34: parameter w leaks to {heap} for (*LayoutReport).WriteText with derefs=0:
./layout.go:242:34:   flow: {heap} ← w:
./layout.go:242:34:     from fmt.Fprintf(w, "%s: size %d, align %d, padding %d, pointer bytes %d\n", ... argument...) (call parameter) at ./layout.go:244:14
./layout.go:244:75: title escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:244:75:   flow: {storage for ... argument} ← &{storage for title}:
./layout.go:244:75:     from title (spill) at ./layout.go:244:75
./layout.go:244:75:     from ... argument (slice-literal-element) at ./layout.go:244:14
./layout.go:244:75:   flow: {heap} ← {storage for ... argument}:
./layout.go:244:75:     from ... argument (spill) at ./layout.go:244:14
./layout.go:244:75:     from fmt.Fprintf(w, "%s: size %d, align %d, padding %d, pointer bytes %d\n", ... argument...) (call parameter) at ./layout.go:244:14
./layout.go:244:83: l.Size escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:244:83:   flow: {storage for ... argument} ← &{storage for l.Size}:
./layout.go:244:83:     from l.Size (spill) at ./layout.go:244:83
./layout.go:244:83:     from ... argument (slice-literal-element) at ./layout.go:244:14
./layout.go:244:83:   flow: {heap} ← {storage for ... argument}:
./layout.go:244:83:     from ... argument (spill) at ./layout.go:244:14
./layout.go:244:83:     from fmt.Fprintf(w, "%s: size %d, align %d, padding %d, pointer bytes %d\n", ... argument...) (call parameter) at ./layout.go:244:14
./layout.go:244:91: l.Align escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:244:91:   flow: {storage for ... argument} ← &{storage for l.Align}:
./layout.go:244:91:     from l.Align (spill) at ./layout.go:244:91
./layout.go:244:91:     from ... argument (slice-literal-element) at ./layout.go:244:14
./layout.go:244:91:   flow: {heap} ← {storage for ... argument}:
./layout.go:244:91:     from ... argument (spill) at ./layout.go:244:14
./layout.go:244:91:     from fmt.Fprintf(w, "%s: size %d, align %d, padding %d, pointer bytes %d\n", ... argument...) (call parameter) at ./layout.go:244:14
./layout.go:244:108: ~r0 escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:244:108:   flow: {storage for ... argument} ← &{storage for ~r0}:
./layout.go:244:108:     from ~r0 (spill) at ./layout.go:244:108
./layout.go:244:108:     from ... argument (slice-literal-element) at ./layout.go:244:14
./layout.go:244:108:   flow: {heap} ← {storage for ... argument}:
./layout.go:244:108:     from ... argument (spill) at ./layout.go:244:14
./layout.go:244:108:     from fmt.Fprintf(w, "%s: size %d, align %d, padding %d, pointer bytes %d\n", ... argument...) (call parameter) at ./layout.go:244:14
./layout.go:244:113: l.PtrData escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:244:113:   flow: {storage for ... argument} ← &{storage for l.PtrData}:
./layout.go:244:113:     from l.PtrData (spill) at ./layout.go:244:113
./layout.go:244:113:     from ... argument (slice-literal-element) at ./layout.go:244:14
./layout.go:244:113:   flow: {heap} ← {storage for ... argument}:
./layout.go:244:113:     from ... argument (spill) at ./layout.go:244:14
./layout.go:244:113:     from fmt.Fprintf(w, "%s: size %d, align %d, padding %d, pointer bytes %d\n", ... argument...) (call parameter) at ./layout.go:244:14
./layout.go:246:20: "  offset\tsize\talign\tpad\tfield\ttype" escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:246:20:   flow: {storage for ... argument} ← &{storage for "  offset\tsize\talign\tpad\tfield\ttype"}:
./layout.go:246:20:     from "  offset\tsize\talign\tpad\tfield\ttype" (spill) at ./layout.go:246:20
./layout.go:246:20:     from ... argument (slice-literal-element) at ./layout.go:246:15
./layout.go:246:20:   flow: {heap} ← {storage for ... argument}:
./layout.go:246:20:     from ... argument (spill) at ./layout.go:246:15
./layout.go:246:20:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./layout.go:246:15
./layout.go:250:23: f.Padding escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:250:23:   flow: {storage for ... argument} ← &{storage for f.Padding}:
./layout.go:250:23:     from f.Padding (spill) at ./layout.go:250:23
./layout.go:250:23:     from ... argument (slice-literal-element) at ./layout.go:250:21
./layout.go:250:23:   flow: {heap} ← {storage for ... argument}:
./layout.go:250:23:     from ... argument (spill) at ./layout.go:250:21
./layout.go:250:23:     from fmt.Sprint(... argument...) (call parameter) at ./layout.go:250:21
./layout.go:252:51: f.Offset escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:252:51:   flow: {storage for ... argument} ← &{storage for f.Offset}:
./layout.go:252:51:     from f.Offset (spill) at ./layout.go:252:51
./layout.go:252:51:     from ... argument (slice-literal-element) at ./layout.go:252:15
./layout.go:252:51:   flow: {heap} ← {storage for ... argument}:
./layout.go:252:51:     from ... argument (spill) at ./layout.go:252:15
./layout.go:252:51:     from fmt.Fprintf(tw, "  %d\t%d\t%d\t%s\t%s\t%s\n", ... argument...) (call parameter) at ./layout.go:252:15
./layout.go:252:61: f.Size escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:252:61:   flow: {storage for ... argument} ← &{storage for f.Size}:
./layout.go:252:61:     from f.Size (spill) at ./layout.go:252:61
./layout.go:252:61:     from ... argument (slice-literal-element) at ./layout.go:252:15
./layout.go:252:61:   flow: {heap} ← {storage for ... argument}:
./layout.go:252:61:     from ... argument (spill) at ./layout.go:252:15
./layout.go:252:61:     from fmt.Fprintf(tw, "  %d\t%d\t%d\t%s\t%s\t%s\n", ... argument...) (call parameter) at ./layout.go:252:15
./layout.go:252:69: f.Align escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:252:69:   flow: {storage for ... argument} ← &{storage for f.Align}:
./layout.go:252:69:     from f.Align (spill) at ./layout.go:252:69
./layout.go:252:69:     from ... argument (slice-literal-element) at ./layout.go:252:15
./layout.go:252:69:   flow: {heap} ← {storage for ... argument}:
./layout.go:252:69:     from ... argument (spill) at ./layout.go:252:15
./layout.go:252:69:     from fmt.Fprintf(tw, "  %d\t%d\t%d\t%s\t%s\t%s\n", ... argument...) (call parameter) at ./layout.go:252:15
./layout.go:252:77: pad escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:252:77:   flow: {storage for ... argument} ← &{storage for pad}:
./layout.go:252:77:     from pad (spill) at ./layout.go:252:77
./layout.go:252:77:     from ... argument (slice-literal-element) at ./layout.go:252:15
./layout.go:252:77:   flow: {heap} ← {storage for ... argument}:
./layout.go:252:77:     from ... argument (spill) at ./layout.go:252:15
./layout.go:252:77:     from fmt.Fprintf(tw, "  %d\t%d\t%d\t%s\t%s\t%s\n", ... argument...) (call parameter) at ./layout.go:252:15
./layout.go:252:83: f.Name escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:252:83:   flow: {storage for ... argument} ← &{storage for f.Name}:
./layout.go:252:83:     from f.Name (spill) at ./layout.go:252:83
./layout.go:252:83:     from ... argument (slice-literal-element) at ./layout.go:252:15
./layout.go:252:83:   flow: {heap} ← {storage for ... argument}:
./layout.go:252:83:     from ... argument (spill) at ./layout.go:252:15
./layout.go:252:83:     from fmt.Fprintf(tw, "  %d\t%d\t%d\t%s\t%s\t%s\n", ... argument...) (call parameter) at ./layout.go:252:15
./layout.go:252:91: f.Type escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:252:91:   flow: {storage for ... argument} ← &{storage for f.Type}:
./layout.go:252:91:     from f.Type (spill) at ./layout.go:252:91
./layout.go:252:91:     from ... argument (slice-literal-element) at ./layout.go:252:15
./layout.go:252:91:   flow: {heap} ← {storage for ... argument}:
./layout.go:252:91:     from ... argument (spill) at ./layout.go:252:15
./layout.go:252:91:     from fmt.Fprintf(tw, "  %d\t%d\t%d\t%s\t%s\t%s\n", ... argument...) (call parameter) at ./layout.go:252:15
./layout.go:258:29: "\nalready optimal: no order is smaller or has fewer pointer bytes" escapes to heap in (*LayoutReport).WriteText:
./layout.go:258:29:   flow: {storage for ... argument} ← &{storage for "\nalready optimal: no order is smaller or has fewer pointer bytes"}:
./layout.go:258:29:     from "\nalready optimal: no order is smaller or has fewer pointer bytes" (spill) at ./layout.go:258:29
./layout.go:258:29:     from ... argument (slice-literal-element) at ./layout.go:258:25
./layout.go:258:29:   flow: {heap} ← {storage for ... argument}:
./layout.go:258:29:     from ... argument (spill) at ./layout.go:258:25
./layout.go:258:29:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./layout.go:258:25
./layout.go:264:18: r.Declared.Size - r.Optimal.Size escapes to heap in (*LayoutReport).WriteText:
./layout.go:264:18:   flow: {storage for ... argument} ← &{storage for r.Declared.Size - r.Optimal.Size}:
./layout.go:264:18:     from r.Declared.Size - r.Optimal.Size (spill) at ./layout.go:264:18
./layout.go:264:18:     from ... argument (slice-literal-element) at ./layout.go:263:23
./layout.go:264:18:   flow: {heap} ← {storage for ... argument}:
./layout.go:264:18:     from ... argument (spill) at ./layout.go:263:23
./layout.go:264:18:     from fmt.Fprintf(w, "\nreordering saves %d of %d bytes per value and %d pointer bytes the..., ... argument...) (call parameter) at ./layout.go:263:23
./layout.go:264:45: r.Declared.Size escapes to heap in (*LayoutReport).WriteText:
./layout.go:264:45:   flow: {storage for ... argument} ← &{storage for r.Declared.Size}:
./layout.go:264:45:     from r.Declared.Size (spill) at ./layout.go:264:45
./layout.go:264:45:     from ... argument (slice-literal-element) at ./layout.go:263:23
./layout.go:264:45:   flow: {heap} ← {storage for ... argument}:
./layout.go:264:45:     from ... argument (spill) at ./layout.go:263:23
./layout.go:264:45:     from fmt.Fprintf(w, "\nreordering saves %d of %d bytes per value and %d pointer bytes the..., ... argument...) (call parameter) at ./layout.go:263:23
./layout.go:264:70: r.Declared.PtrData - r.Optimal.PtrData escapes to heap in (*LayoutReport).WriteText:
./layout.go:264:70:   flow: {storage for ... argument} ← &{storage for r.Declared.PtrData - r.Optimal.PtrData}:
./layout.go:264:70:     from r.Declared.PtrData - r.Optimal.PtrData (spill) at ./layout.go:264:70
./layout.go:264:70:     from ... argument (slice-literal-element) at ./layout.go:263:23
./layout.go:264:70:   flow: {heap} ← {storage for ... argument}:
./layout.go:264:70:     from ... argument (spill) at ./layout.go:263:23
./layout.go:264:70:     from fmt.Fprintf(w, "\nreordering saves %d of %d bytes per value and %d pointer bytes the..., ... argument...) (call parameter) at ./layout.go:263:23
./layout.go:245:28: new(tabwriter.Writer) escapes to heap in (*LayoutReport).WriteText.func1:
./layout.go:245:28:   flow: {temp} ← &{storage for new(tabwriter.Writer)}:
./layout.go:245:28:     from new(tabwriter.Writer) (spill) at ./layout.go:245:28
./layout.go:245:28:     from (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (call parameter) at ./layout.go:245:28
./layout.go:245:28:   flow: ~r0 ← {temp}:
./layout.go:245:28:     from ~r0 = (*tabwriter.Writer).Init(new(tabwriter.Writer), tabwriter.output, tabwriter.minwidth, tabwriter.tabwidth, tabwriter.padding, tabwriter.padchar, tabwriter.flags) (assign-pair) at ./layout.go:245:28
./layout.go:245:28:   flow: tw ← ~r0:
./layout.go:245:28:     from tw := ~r0 (assign) at ./layout.go:245:6
./layout.go:245:28:   flow: {heap} ← tw:
./layout.go:245:28:     from tw (interface-converted) at ./layout.go:246:16
./layout.go:245:28:     from fmt.Fprintln(tw, ... argument...) (call parameter) at ./layout.go:246:15
./layout.go:243:30: parameter l leaks to {storage for f.Type} for (*LayoutReport).WriteText.func1 with derefs=1:
./layout.go:243:30:   flow: {temp} ← l:
./layout.go:243:30:     from l.Fields (dot) at ./layout.go:247:22
./layout.go:243:30:   flow: f ← *{temp}:
./layout.go:243:30:     from for loop (range-deref) at ./layout.go:247:15
./layout.go:243:30:   flow: {storage for f.Type} ← f:
./layout.go:243:30:     from f.Type (dot) at ./layout.go:252:91
./layout.go:243:30:     from f.Type (interface-converted) at ./layout.go:252:91
./layout.go:242:7: parameter r leaks to {storage for f.Type} for (*LayoutReport).WriteText with derefs=2:
./layout.go:242:7:   flow: l ← *r:
./layout.go:242:7:     from r.Declared (dot of pointer) at ./layout.go:256:41
./layout.go:242:7:     from write(r.Declared.Name + " as declared", r.Declared) (call parameter) at ./layout.go:256:7
./layout.go:242:7:   flow: {temp} ← l:
./layout.go:242:7:     from l.Fields (dot) at ./layout.go:247:22
./layout.go:242:7:   flow: f ← *{temp}:
./layout.go:242:7:     from for loop (range-deref) at ./layout.go:247:15
./layout.go:242:7:   flow: {storage for f.Type} ← f:
./layout.go:242:7:     from f.Type (dot) at ./layout.go:252:91
./layout.go:242:7:     from f.Type (interface-converted) at ./layout.go:252:91
./layout.go:243:30: parameter l leaks to {storage for f.Name} for (*LayoutReport).WriteText.func1 with derefs=1:
./layout.go:243:30:   flow: {temp} ← l:
./layout.go:243:30:     from l.Fields (dot) at ./layout.go:247:22
./layout.go:243:30:   flow: f ← *{temp}:
./layout.go:243:30:     from for loop (range-deref) at ./layout.go:247:15
./layout.go:243:30:   flow: {storage for f.Name} ← f:
./layout.go:243:30:     from f.Name (dot) at ./layout.go:252:83
./layout.go:243:30:     from f.Name (interface-converted) at ./layout.go:252:83
./layout.go:242:7: parameter r leaks to {storage for f.Name} for (*LayoutReport).WriteText with derefs=2:
./layout.go:242:7:   flow: l ← *r:
./layout.go:242:7:     from r.Declared (dot of pointer) at ./layout.go:256:41
./layout.go:242:7:     from write(r.Declared.Name + " as declared", r.Declared) (call parameter) at ./layout.go:256:7
./layout.go:242:7:   flow: {temp} ← l:
./layout.go:242:7:     from l.Fields (dot) at ./layout.go:247:22
./layout.go:242:7:   flow: f ← *{temp}:
./layout.go:242:7:     from for loop (range-deref) at ./layout.go:247:15
./layout.go:242:7:   flow: {storage for f.Name} ← f:
./layout.go:242:7:     from f.Name (dot) at ./layout.go:252:83
./layout.go:242:7:     from f.Name (interface-converted) at ./layout.go:252:83
./layout.go:243:16: parameter title leaks to {storage for title} for (*LayoutReport).WriteText.func1 with derefs=0:
./layout.go:243:16:   flow: {storage for title} ← title:
./layout.go:243:16:     from title (interface-converted) at ./layout.go:244:75
./layout.go:256:23: r.Declared.Name + " as declared" escapes to heap in (*LayoutReport).WriteText:
./layout.go:256:23:   flow: title ← &{storage for r.Declared.Name + " as declared"}:
./layout.go:256:23:     from r.Declared.Name + " as declared" (spill) at ./layout.go:256:23
./layout.go:256:23:     from write(r.Declared.Name + " as declared", r.Declared) (call parameter) at ./layout.go:256:7
./layout.go:256:23:   flow: {storage for title} ← title:
./layout.go:256:23:     from title (interface-converted) at ./layout.go:244:75
./layout.go:262:22: r.Optimal.Name + " in the optimal order" escapes to heap in (*LayoutReport).WriteText:
./layout.go:262:22:   flow: title ← &{storage for r.Optimal.Name + " in the optimal order"}:
./layout.go:262:22:     from r.Optimal.Name + " in the optimal order" (spill) at ./layout.go:262:22
./layout.go:262:22:     from write(r.Optimal.Name + " in the optimal order", r.Optimal) (call parameter) at ./layout.go:262:7
./layout.go:262:22:   flow: {storage for title} ← title:
./layout.go:262:22:     from title (interface-converted) at ./layout.go:244:75
./layout.go:242:7: leaking param content: r
./layout.go:242:34: leaking param: w
./layout.go:243:16: leaking param: title
./layout.go:243:30: leaking param content: l
./layout.go:243:11: func literal does not escape
./layout.go:244:14: ... argument does not escape
./layout.go:244:75: title escapes to heap
./layout.go:244:83: l.Size escapes to heap
./layout.go:244:91: l.Align escapes to heap
./layout.go:244:108: ~r0 escapes to heap
./layout.go:244:113: l.PtrData escapes to heap
./layout.go:245:28: new(tabwriter.Writer) escapes to heap
./layout.go:246:15: ... argument does not escape
./layout.go:246:20: "  offset\tsize\talign\tpad\tfield\ttype" escapes to heap
./layout.go:250:21: ... argument does not escape
./layout.go:250:23: f.Padding escapes to heap
./layout.go:252:15: ... argument does not escape
./layout.go:252:51: f.Offset escapes to heap
./layout.go:252:61: f.Size escapes to heap
./layout.go:252:69: f.Align escapes to heap
./layout.go:252:77: pad escapes to heap
./layout.go:252:83: f.Name escapes to heap
./layout.go:252:91: f.Type escapes to heap
./layout.go:256:23: r.Declared.Name + " as declared" escapes to heap
./layout.go:258:25: ... argument does not escape
./layout.go:258:29: "\nalready optimal: no order is smaller or has fewer pointer bytes" escapes to heap
./layout.go:262:22: r.Optimal.Name + " in the optimal order" escapes to heap
./layout.go:263:23: ... argument does not escape
./layout.go:264:18: r.Declared.Size - r.Optimal.Size escapes to heap
./layout.go:264:45: r.Declared.Size escapes to heap
./layout.go:264:70: r.Declared.PtrData - r.Optimal.PtrData escapes to heap
./demo.go:134:36: parameter w leaks to {heap} for demoLayout with derefs=0:
./demo.go:134:36:   flow: {heap} ← w:
./demo.go:134:36:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./demo.go:137:25
./demo.go:137:29: "(source not found beside the binary: layout skipped)" escapes to heap in demoLayout:
./demo.go:137:29:   flow: {storage for ... argument} ← &{storage for "(source not found beside the binary: layout skipped)"}:
./demo.go:137:29:     from "(source not found beside the binary: layout skipped)" (spill) at ./demo.go:137:29
./demo.go:137:29:     from ... argument (slice-literal-element) at ./demo.go:137:25
./demo.go:137:29:   flow: {heap} ← {storage for ... argument}:
./demo.go:137:29:     from ... argument (spill) at ./demo.go:137:25
./demo.go:137:29:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./demo.go:137:25
./demo.go:145:84: rep.Declared.Size escapes to heap in demoLayout:
./demo.go:145:84:   flow: {storage for ... argument} ← &{storage for rep.Declared.Size}:
./demo.go:145:84:     from rep.Declared.Size (spill) at ./demo.go:145:84
./demo.go:145:84:     from ... argument (slice-literal-element) at ./demo.go:145:20
./demo.go:145:84:   flow: fmt.a ← &{storage for ... argument}:
./demo.go:145:84:     from ... argument (spill) at ./demo.go:145:20
./demo.go:145:84:     from fmt.format, fmt.a := "layout: go/types says %d bytes, the compiler %d", ... argument (assign-pair) at ./demo.go:145:20
./demo.go:145:84:   flow: {heap} ← *fmt.a:
./demo.go:145:84:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./demo.go:145:20
./demo.go:145:91: int64(88) escapes to heap in demoLayout:
./demo.go:145:91:   flow: {storage for ... argument} ← &{storage for int64(88)}:
./demo.go:145:91:     from int64(88) (spill) at ./demo.go:145:91
./demo.go:145:91:     from ... argument (slice-literal-element) at ./demo.go:145:20
./demo.go:145:91:   flow: fmt.a ← &{storage for ... argument}:
./demo.go:145:91:     from ... argument (spill) at ./demo.go:145:20
./demo.go:145:91:     from fmt.format, fmt.a := "layout: go/types says %d bytes, the compiler %d", ... argument (assign-pair) at ./demo.go:145:20
./demo.go:145:91:   flow: {heap} ← *fmt.a:
./demo.go:145:91:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./demo.go:145:20
./demo.go:145:20: &errors.errorString{...} escapes to heap in demoLayout:
./demo.go:145:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./demo.go:145:20:     from &errors.errorString{...} (spill) at ./demo.go:145:20
./demo.go:145:20:     from &errors.errorString{...} (interface-converted) at ./demo.go:145:20
./demo.go:145:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./demo.go:145:20
./demo.go:145:20:   flow: fmt.err ← ~r0:
./demo.go:145:20:     from fmt.err = ~r0 (assign-pair) at ./demo.go:145:20
./demo.go:145:20:   flow: ~r0 ← fmt.err:
./demo.go:145:20:     from return fmt.err (return) at ./demo.go:145:3
./demo.go:134:36: leaking param: w
./demo.go:137:25: ... argument does not escape
./demo.go:137:29: "(source not found beside the binary: layout skipped)" escapes to heap
./demo.go:145:20: ... argument does not escape
./demo.go:145:84: rep.Declared.Size escapes to heap
./demo.go:145:91: int64(88) escapes to heap
./demo.go:145:20: &errors.errorString{...} escapes to heap
./demo.go:97:35: parameter w leaks to {heap} for demoPools with derefs=0:
./demo.go:97:35:   flow: {heap} ← w:
./demo.go:97:35:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./demo.go:98:14
./demo.go:98:18: "fresh: the burst is the pool's first use; warm: after 50,000 Get/Put... escapes to heap in demoPools:
./demo.go:98:18:   flow: {storage for ... argument} ← &{storage for "fresh: the burst is the pool's first use; warm: after 50,000 Get/Put...}:
./demo.go:98:18:     from "fresh: the burst is the pool's first use; warm: after 50,000 Get/Put... (spill) at ./demo.go:98:18
./demo.go:98:18:     from ... argument (slice-literal-element) at ./demo.go:98:14
./demo.go:98:18:   flow: {heap} ← {storage for ... argument}:
./demo.go:98:18:     from ... argument (spill) at ./demo.go:98:14
./demo.go:98:18:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./demo.go:98:14
./demo.go:99:18: "bytebufferpool is compared in the benchmarks (BenchmarkBurst), a tes... escapes to heap in demoPools:
./demo.go:99:18:   flow: {storage for ... argument} ← &{storage for "bytebufferpool is compared in the benchmarks (BenchmarkBurst), a tes...}:
./demo.go:99:18:     from "bytebufferpool is compared in the benchmarks (BenchmarkBurst), a tes... (spill) at ./demo.go:99:18
./demo.go:99:18:     from ... argument (slice-literal-element) at ./demo.go:99:14
./demo.go:99:18:   flow: {heap} ← {storage for ... argument}:
./demo.go:99:18:     from ... argument (spill) at ./demo.go:99:14
./demo.go:99:18:     from fmt.Fprintln(w, ... argument...) (call parameter) at ./demo.go:99:14
./demo.go:97:35: leaking param: w
./demo.go:98:14: ... argument does not escape
./demo.go:98:18: "fresh: the burst is the pool's first use; warm: after 50,000 Get/Put... escapes to heap
./demo.go:99:14: ... argument does not escape
./demo.go:99:18: "bytebufferpool is compared in the benchmarks (BenchmarkBurst), a tes... escapes to heap
./demo.go:18:32: parameter w leaks to {heap} for demo with derefs=0:
./demo.go:18:32:   flow: {heap} ← w:
./demo.go:18:32:     from fmt.Fprintln(w, nil...) (call parameter) at ./demo.go:31:16
./demo.go:18:11: parameter ctx leaks to {heap} for demo with derefs=0:
./demo.go:18:11:   flow: {heap} ← ctx:
./demo.go:18:11:     from s.run(ctx, w) (call parameter) at ./demo.go:34:18
./demo.go:33:32: s.title escapes to heap in demo:
./demo.go:33:32:   flow: {storage for ... argument} ← &{storage for s.title}:
./demo.go:33:32:     from s.title (spill) at ./demo.go:33:32
./demo.go:33:32:     from ... argument (slice-literal-element) at ./demo.go:33:14
./demo.go:33:32:   flow: {heap} ← {storage for ... argument}:
./demo.go:33:32:     from ... argument (spill) at ./demo.go:33:14
./demo.go:33:32:     from fmt.Fprintf(w, "== %s\n\n", ... argument...) (call parameter) at ./demo.go:33:14
./demo.go:35:33: s.title escapes to heap in demo:
./demo.go:35:33:   flow: {storage for ... argument} ← &{storage for s.title}:
./demo.go:35:33:     from s.title (spill) at ./demo.go:35:33
./demo.go:35:33:     from ... argument (slice-literal-element) at ./demo.go:35:21
./demo.go:35:33:   flow: fmt.a ← &{storage for ... argument}:
./demo.go:35:33:     from ... argument (spill) at ./demo.go:35:21
./demo.go:35:33:     from fmt.format, fmt.a := "%s: %w", ... argument (assign-pair) at ./demo.go:35:21
./demo.go:35:33:   flow: {heap} ← *fmt.a:
./demo.go:35:33:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./demo.go:35:21
./demo.go:35:21: &errors.errorString{...} escapes to heap in demo:
./demo.go:35:21:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./demo.go:35:21:     from &errors.errorString{...} (spill) at ./demo.go:35:21
./demo.go:35:21:     from &errors.errorString{...} (interface-converted) at ./demo.go:35:21
./demo.go:35:21:     from ~r0 = &errors.errorString{...} (assign-pair) at ./demo.go:35:21
./demo.go:35:21:   flow: fmt.err ← ~r0:
./demo.go:35:21:     from fmt.err = ~r0 (assign-pair) at ./demo.go:35:21
./demo.go:35:21:   flow: ~r0 ← fmt.err:
./demo.go:35:21:     from return fmt.err (return) at ./demo.go:35:4
./demo.go:18:11: leaking param: ctx
./demo.go:18:32: leaking param: w
./demo.go:22:3: []struct { title string; run func(context.Context, io.Writer) error }{...} does not escape
./demo.go:33:14: ... argument does not escape
./demo.go:33:32: s.title escapes to heap
./demo.go:35:21: ... argument does not escape
./demo.go:35:33: s.title escapes to heap
./demo.go:35:21: &errors.errorString{...} escapes to heap
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
./layout.go:57:7: l does not escape
./layout.go:231:19: parameter arg leaks to name for splitTypeArg with derefs=0:
./layout.go:231:19:   flow: name ← arg:
./layout.go:231:19:     from arg[dot + 1:] (slice) at ./layout.go:237:23
./layout.go:231:19:     from return arg[:dot], arg[dot + 1:], true (return) at ./layout.go:237:2
./layout.go:231:19: parameter arg leaks to pkg for splitTypeArg with derefs=0:
./layout.go:231:19:   flow: pkg ← arg:
./layout.go:231:19:     from arg[:dot] (slice) at ./layout.go:237:12
./layout.go:231:19:     from return arg[:dot], arg[dot + 1:], true (return) at ./layout.go:237:2
./layout.go:231:19: leaking param: arg to result pkg level=0
./layout.go:231:19: leaking param: arg to result name level=0
./main.go:68:18: parameter w leaks to {heap} for globalUsage with derefs=0:
./main.go:68:18:   flow: {heap} ← w:
./main.go:68:18:     from fmt.Fprintf(w, "usage: %s [command] [flags]\n\nWith no command, runs the demo.\n\nco..., ... argument...) (call parameter) at ./main.go:69:13
./main.go:69:98: "166-memory-gc" escapes to heap in globalUsage:
./main.go:69:98:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:69:98:     from "166-memory-gc" (spill) at ./main.go:69:98
./main.go:69:98:     from ... argument (slice-literal-element) at ./main.go:69:13
./main.go:69:98:   flow: {heap} ← {storage for ... argument}:
./main.go:69:98:     from ... argument (spill) at ./main.go:69:13
./main.go:69:98:     from fmt.Fprintf(w, "usage: %s [command] [flags]\n\nWith no command, runs the demo.\n\nco..., ... argument...) (call parameter) at ./main.go:69:13
./main.go:71:34: c.name escapes to heap in globalUsage:
./main.go:71:34:   flow: {storage for ... argument} ← &{storage for c.name}:
./main.go:71:34:     from c.name (spill) at ./main.go:71:34
./main.go:71:34:     from ... argument (slice-literal-element) at ./main.go:71:14
./main.go:71:34:   flow: {heap} ← {storage for ... argument}:
./main.go:71:34:     from ... argument (spill) at ./main.go:71:14
./main.go:71:34:     from fmt.Fprintf(w, "  %-8s %s\n", ... argument...) (call parameter) at ./main.go:71:14
./main.go:71:42: c.summary escapes to heap in globalUsage:
./main.go:71:42:   flow: {storage for ... argument} ← &{storage for c.summary}:
./main.go:71:42:     from c.summary (spill) at ./main.go:71:42
./main.go:71:42:     from ... argument (slice-literal-element) at ./main.go:71:14
./main.go:71:42:   flow: {heap} ← {storage for ... argument}:
./main.go:71:42:     from ... argument (spill) at ./main.go:71:14
./main.go:71:42:     from fmt.Fprintf(w, "  %-8s %s\n", ... argument...) (call parameter) at ./main.go:71:14
./main.go:73:82: "166-memory-gc" escapes to heap in globalUsage:
./main.go:73:82:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:73:82:     from "166-memory-gc" (spill) at ./main.go:73:82
./main.go:73:82:     from ... argument (slice-literal-element) at ./main.go:73:13
./main.go:73:82:   flow: {heap} ← {storage for ... argument}:
./main.go:73:82:     from ... argument (spill) at ./main.go:73:13
./main.go:73:82:     from fmt.Fprintf(w, "\nRun '%s COMMAND -h' for a command's flags and an example.\n", ... argument...) (call parameter) at ./main.go:73:13
./main.go:68:18: leaking param: w
./main.go:69:13: ... argument does not escape
./main.go:69:98: "166-memory-gc" escapes to heap
./main.go:71:14: ... argument does not escape
./main.go:71:34: c.name escapes to heap
./main.go:71:42: c.summary escapes to heap
./main.go:73:13: ... argument does not escape
./main.go:73:82: "166-memory-gc" escapes to heap
./main.go:77:46: parameter stdout leaks to {heap} for run with derefs=0:
./main.go:77:46:   flow: {heap} ← stdout:
./main.go:77:46:     from globalUsage(stdout) (call parameter) at ./main.go:82:15
./main.go:77:10: parameter ctx leaks to {heap} for run with derefs=0:
./main.go:77:10:   flow: {heap} ← ctx:
./main.go:77:10:     from c.run(ctx, c, args, stdout, stderr) (call parameter) at ./main.go:93:14
./main.go:77:31: parameter args leaks to {heap} for run with derefs=0:
./main.go:77:31:   flow: {heap} ← args:
./main.go:77:31:     from c.run(ctx, c, args, stdout, stderr) (call parameter) at ./main.go:93:14
./main.go:77:54: parameter stderr leaks to {heap} for run with derefs=0:
./main.go:77:54:   flow: {heap} ← stderr:
./main.go:77:54:     from c.run(ctx, c, args, stdout, stderr) (call parameter) at ./main.go:93:14
./main.go:99:35: "166-memory-gc" escapes to heap in run:
./main.go:99:35:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:99:35:     from "166-memory-gc" (spill) at ./main.go:99:35
./main.go:99:35:     from ... argument (slice-literal-element) at ./main.go:99:14
./main.go:99:35:   flow: {heap} ← {storage for ... argument}:
./main.go:99:35:     from ... argument (spill) at ./main.go:99:14
./main.go:99:35:     from fmt.Fprintf(stderr, "%s: %v\n", ... argument...) (call parameter) at ./main.go:99:14
./main.go:99:63: ~r0 escapes to heap in run:
./main.go:99:63:   flow: {storage for ... argument} ← &{storage for ~r0}:
./main.go:99:63:     from ~r0 (spill) at ./main.go:99:63
./main.go:99:63:     from ... argument (slice-literal-element) at ./main.go:99:14
./main.go:99:63:   flow: {heap} ← {storage for ... argument}:
./main.go:99:63:     from ... argument (spill) at ./main.go:99:14
./main.go:99:63:     from fmt.Fprintf(stderr, "%s: %v\n", ... argument...) (call parameter) at ./main.go:99:14
./main.go:102:35: "166-memory-gc" escapes to heap in run:
./main.go:102:35:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:102:35:     from "166-memory-gc" (spill) at ./main.go:102:35
./main.go:102:35:     from ... argument (slice-literal-element) at ./main.go:102:14
./main.go:102:35:   flow: {heap} ← {storage for ... argument}:
./main.go:102:35:     from ... argument (spill) at ./main.go:102:14
./main.go:102:35:     from fmt.Fprintf(stderr, "%s: %v\n", ... argument...) (call parameter) at ./main.go:102:14
./main.go:91:62: name escapes to heap in run:
./main.go:91:62:   flow: {storage for ... argument} ← &{storage for name}:
./main.go:91:62:     from name (spill) at ./main.go:91:62
./main.go:91:62:     from ... argument (slice-literal-element) at ./main.go:91:19
./main.go:91:62:   flow: fmt.a ← &{storage for ... argument}:
./main.go:91:62:     from ... argument (spill) at ./main.go:91:19
./main.go:91:62:     from fmt.format, fmt.a := "unknown command %q (run '%s help'): %w", ... argument (assign-pair) at ./main.go:91:19
./main.go:91:62:   flow: {heap} ← *fmt.a:
./main.go:91:62:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:91:19
./main.go:91:68: "166-memory-gc" escapes to heap in run:
./main.go:91:68:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:91:68:     from "166-memory-gc" (spill) at ./main.go:91:68
./main.go:91:68:     from ... argument (slice-literal-element) at ./main.go:91:19
./main.go:91:68:   flow: fmt.a ← &{storage for ... argument}:
./main.go:91:68:     from ... argument (spill) at ./main.go:91:19
./main.go:91:68:     from fmt.format, fmt.a := "unknown command %q (run '%s help'): %w", ... argument (assign-pair) at ./main.go:91:19
./main.go:91:68:   flow: {heap} ← *fmt.a:
./main.go:91:68:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:91:19
./main.go:91:19: &errors.errorString{...} escapes to heap in run:
./main.go:91:19:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:91:19:     from &errors.errorString{...} (spill) at ./main.go:91:19
./main.go:91:19:     from &errors.errorString{...} (interface-converted) at ./main.go:91:19
./main.go:91:19:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:91:19
./main.go:91:19:   flow: fmt.err ← ~r0:
./main.go:91:19:     from fmt.err = ~r0 (assign-pair) at ./main.go:91:19
./main.go:91:19:   flow: err ← fmt.err:
./main.go:91:19:     from err = fmt.err (assign) at ./main.go:91:7
./main.go:91:19:   flow: {heap} ← err:
./main.go:91:19:     from errors.Is(err, flag.ErrHelp) (call parameter) at ./main.go:96:28
./main.go:77:31: parameter args leaks to {storage for name} for run with derefs=1:
./main.go:77:31:   flow: a ← *args:
./main.go:77:31:     from args[0] (dot of pointer) at ./main.go:80:19
./main.go:77:31:     from a := args[0] (assign) at ./main.go:80:12
./main.go:77:31:   flow: name ← a:
./main.go:77:31:     from name, args = a, args[1:] (assign-pair) at ./main.go:85:15
./main.go:77:31:   flow: {storage for name} ← name:
./main.go:77:31:     from name (interface-converted) at ./main.go:91:62
./main.go:77:10: leaking param: ctx
./main.go:77:31: leaking param: args
./main.go:77:46: leaking param: stdout
./main.go:77:54: leaking param: stderr
./main.go:91:19: ... argument does not escape
./main.go:91:62: name escapes to heap
./main.go:91:68: "166-memory-gc" escapes to heap
./main.go:91:19: &errors.errorString{...} escapes to heap
./main.go:99:14: ... argument does not escape
./main.go:99:35: "166-memory-gc" escapes to heap
./main.go:99:63: ~r0 escapes to heap
./main.go:99:81: ": " + errUsage.Error() does not escape
./main.go:102:14: ... argument does not escape
./main.go:102:35: "166-memory-gc" escapes to heap
./main.go:22:35: ... argument escapes to heap in main:
./main.go:22:35:   flow: {heap} ← &{storage for ... argument}:
./main.go:22:35:     from ... argument (spill) at ./main.go:22:35
./main.go:22:35:     from signal.NotifyContext(~r0, ... argument...) (call parameter) at ./main.go:22:35
./main.go:22:79: syscall.Signal(15) escapes to heap in main:
./main.go:22:79:   flow: {storage for ... argument} ← &{storage for syscall.Signal(15)}:
./main.go:22:79:     from syscall.Signal(15) (spill) at ./main.go:22:79
./main.go:22:79:     from ... argument (slice-literal-element) at ./main.go:22:35
./main.go:22:54: context.backgroundCtx{} escapes to heap in main:
./main.go:22:54:   flow: ~r0 ← &{storage for context.backgroundCtx{}}:
./main.go:22:54:     from context.backgroundCtx{} (spill) at ./main.go:22:54
./main.go:22:54:     from ~r0 = context.backgroundCtx{} (assign-pair) at ./main.go:22:54
./main.go:22:54:   flow: {heap} ← ~r0:
./main.go:22:54:     from signal.NotifyContext(~r0, ... argument...) (call parameter) at ./main.go:22:35
./main.go:22:54: context.backgroundCtx{} escapes to heap
./main.go:22:35: ... argument escapes to heap
./main.go:22:79: syscall.Signal(15) escapes to heap
./main.go:59:13: name does not escape
./main.go:110:23: flag.f.defaultUsage escapes to heap in (*command).flags:
./main.go:110:23:   flow: {heap} ← &{storage for flag.f.defaultUsage}:
./main.go:110:23:     from flag.f.defaultUsage (spill) at ./main.go:110:23
./main.go:110:23:     from flag.f.Usage = flag.f.defaultUsage (assign) at ./main.go:110:23
./main.go:112:13: func literal escapes to heap in (*command).flags:
./main.go:112:13:   flow: {heap} ← &{storage for func literal}:
./main.go:112:13:     from func literal (spill) at ./main.go:112:13
./main.go:112:13:     from fs.Usage = func literal (assign) at ./main.go:112:11
./main.go:109:7: parameter c leaks to {heap} for (*command).flags with derefs=1:
./main.go:109:7:   flow: flag.name ← *c:
./main.go:109:7:     from c.name (dot of pointer) at ./main.go:110:25
./main.go:109:7:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:110:23
./main.go:109:7:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:109:7:     from flag.FlagSet{...} (struct literal element) at ./main.go:110:23
./main.go:109:7:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:109:7:     from &flag.FlagSet{...} (spill) at ./main.go:110:23
./main.go:109:7:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:110:23
./main.go:109:7:   flow: {temp} ← flag.f:
./main.go:109:7:   flow: {heap} ← *{temp}:
./main.go:110:23: &flag.FlagSet{...} escapes to heap in (*command).flags:
./main.go:110:23:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:110:23:     from &flag.FlagSet{...} (spill) at ./main.go:110:23
./main.go:110:23:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:110:23
./main.go:110:23:   flow: {temp} ← flag.f:
./main.go:110:23:   flow: {storage for flag.f.defaultUsage} ← {temp}:
./main.go:109:7: parameter c leaks to {storage for &flag.FlagSet{...}} for (*command).flags with derefs=1:
./main.go:109:7:   flow: flag.name ← *c:
./main.go:109:7:     from c.name (dot of pointer) at ./main.go:110:25
./main.go:109:7:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:110:23
./main.go:109:7:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:109:7:     from flag.FlagSet{...} (struct literal element) at ./main.go:110:23
./main.go:109:7: leaking param content: c
./main.go:109:25: stdout does not escape
./main.go:110:23: &flag.FlagSet{...} escapes to heap
./main.go:110:23: flag.f.defaultUsage escapes to heap
./main.go:112:13: func literal escapes to heap
./main.go:122:3: (*command).parse capturing by ref: n (addr=false assign=true width=8)
./main.go:118:43: parameter args leaks to {heap} for (*command).parse with derefs=0:
./main.go:118:43:   flow: {heap} ← args:
./main.go:118:43:     from (*flag.FlagSet).Parse(fs, args) (call parameter) at ./main.go:119:17
./main.go:118:58: parameter stdout leaks to {heap} for (*command).parse with derefs=0:
./main.go:118:58:   flow: {heap} ← stdout:
./main.go:118:58:     from fmt.Fprintf(stdout, "usage: %s %s %s\n\n%s.\n", ... argument...) (call parameter) at ./main.go:121:14
./main.go:118:25: parameter fs leaks to {heap} for (*command).parse with derefs=1:
./main.go:118:25:   flow: {heap} ← *fs:
./main.go:118:25:     from (*flag.FlagSet).PrintDefaults(fs) (call parameter) at ./main.go:127:20
./main.go:121:51: "166-memory-gc" escapes to heap in (*command).parse:
./main.go:121:51:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:121:51:     from "166-memory-gc" (spill) at ./main.go:121:51
./main.go:121:51:     from ... argument (slice-literal-element) at ./main.go:121:14
./main.go:121:51:   flow: {heap} ← {storage for ... argument}:
./main.go:121:51:     from ... argument (spill) at ./main.go:121:14
./main.go:121:51:     from fmt.Fprintf(stdout, "usage: %s %s %s\n\n%s.\n", ... argument...) (call parameter) at ./main.go:121:14
./main.go:121:62: c.name escapes to heap in (*command).parse:
./main.go:121:62:   flow: {storage for ... argument} ← &{storage for c.name}:
./main.go:121:62:     from c.name (spill) at ./main.go:121:62
./main.go:121:62:     from ... argument (slice-literal-element) at ./main.go:121:14
./main.go:121:62:   flow: {heap} ← {storage for ... argument}:
./main.go:121:62:     from ... argument (spill) at ./main.go:121:14
./main.go:121:62:     from fmt.Fprintf(stdout, "usage: %s %s %s\n\n%s.\n", ... argument...) (call parameter) at ./main.go:121:14
./main.go:121:70: c.synopsis escapes to heap in (*command).parse:
./main.go:121:70:   flow: {storage for ... argument} ← &{storage for c.synopsis}:
./main.go:121:70:     from c.synopsis (spill) at ./main.go:121:70
./main.go:121:70:     from ... argument (slice-literal-element) at ./main.go:121:14
./main.go:121:70:   flow: {heap} ← {storage for ... argument}:
./main.go:121:70:     from ... argument (spill) at ./main.go:121:14
./main.go:121:70:     from fmt.Fprintf(stdout, "usage: %s %s %s\n\n%s.\n", ... argument...) (call parameter) at ./main.go:121:14
./main.go:121:82: c.summary escapes to heap in (*command).parse:
./main.go:121:82:   flow: {storage for ... argument} ← &{storage for c.summary}:
./main.go:121:82:     from c.summary (spill) at ./main.go:121:82
./main.go:121:82:     from ... argument (slice-literal-element) at ./main.go:121:14
./main.go:121:82:   flow: {heap} ← {storage for ... argument}:
./main.go:121:82:     from ... argument (spill) at ./main.go:121:14
./main.go:121:82:     from fmt.Fprintf(stdout, "usage: %s %s %s\n\n%s.\n", ... argument...) (call parameter) at ./main.go:121:14
./main.go:125:25: "\nflags:" escapes to heap in (*command).parse:
./main.go:125:25:   flow: {storage for ... argument} ← &{storage for "\nflags:"}:
./main.go:125:25:     from "\nflags:" (spill) at ./main.go:125:25
./main.go:125:25:     from ... argument (slice-literal-element) at ./main.go:125:16
./main.go:125:25:   flow: {heap} ← {storage for ... argument}:
./main.go:125:25:     from ... argument (spill) at ./main.go:125:16
./main.go:125:25:     from fmt.Fprintln(stdout, ... argument...) (call parameter) at ./main.go:125:16
./main.go:129:46: c.example escapes to heap in (*command).parse:
./main.go:129:46:   flow: {storage for ... argument} ← &{storage for c.example}:
./main.go:129:46:     from c.example (spill) at ./main.go:129:46
./main.go:129:46:     from ... argument (slice-literal-element) at ./main.go:129:14
./main.go:129:46:   flow: {heap} ← {storage for ... argument}:
./main.go:129:46:     from ... argument (spill) at ./main.go:129:14
./main.go:129:46:     from fmt.Fprintf(stdout, "\nexample:\n  %s\n", ... argument...) (call parameter) at ./main.go:129:14
./main.go:133:53: c.name escapes to heap in (*command).parse:
./main.go:133:53:   flow: {storage for ... argument} ← &{storage for c.name}:
./main.go:133:53:     from c.name (spill) at ./main.go:133:53
./main.go:133:53:     from ... argument (slice-literal-element) at ./main.go:133:20
./main.go:133:53:   flow: fmt.a ← &{storage for ... argument}:
./main.go:133:53:     from ... argument (spill) at ./main.go:133:20
./main.go:133:53:     from fmt.format, fmt.a := "%s: %v (run '%s %s -h'): %w", ... argument (assign-pair) at ./main.go:133:20
./main.go:133:53:   flow: {heap} ← *fmt.a:
./main.go:133:53:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:133:20
./main.go:133:65: "166-memory-gc" escapes to heap in (*command).parse:
./main.go:133:65:   flow: {storage for ... argument} ← &{storage for "166-memory-gc"}:
./main.go:133:65:     from "166-memory-gc" (spill) at ./main.go:133:65
./main.go:133:65:     from ... argument (slice-literal-element) at ./main.go:133:20
./main.go:133:65:   flow: fmt.a ← &{storage for ... argument}:
./main.go:133:65:     from ... argument (spill) at ./main.go:133:20
./main.go:133:65:     from fmt.format, fmt.a := "%s: %v (run '%s %s -h'): %w", ... argument (assign-pair) at ./main.go:133:20
./main.go:133:65:   flow: {heap} ← *fmt.a:
./main.go:133:65:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:133:20
./main.go:133:76: c.name escapes to heap in (*command).parse:
./main.go:133:76:   flow: {storage for ... argument} ← &{storage for c.name}:
./main.go:133:76:     from c.name (spill) at ./main.go:133:76
./main.go:133:76:     from ... argument (slice-literal-element) at ./main.go:133:20
./main.go:133:76:   flow: fmt.a ← &{storage for ... argument}:
./main.go:133:76:     from ... argument (spill) at ./main.go:133:20
./main.go:133:76:     from fmt.format, fmt.a := "%s: %v (run '%s %s -h'): %w", ... argument (assign-pair) at ./main.go:133:20
./main.go:133:76:   flow: {heap} ← *fmt.a:
./main.go:133:76:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:133:20
./main.go:118:7: parameter c leaks to {storage for c.name} for (*command).parse with derefs=1:
./main.go:118:7:   flow: {storage for c.name} ← *c:
./main.go:118:7:     from c.name (dot of pointer) at ./main.go:133:76
./main.go:118:7:     from c.name (interface-converted) at ./main.go:133:76
./main.go:118:7: parameter c leaks to {storage for c.name} for (*command).parse with derefs=1:
./main.go:118:7:   flow: {storage for c.name} ← *c:
./main.go:118:7:     from c.name (dot of pointer) at ./main.go:133:53
./main.go:118:7:     from c.name (interface-converted) at ./main.go:133:53
./main.go:118:7: parameter c leaks to {storage for c.example} for (*command).parse with derefs=1:
./main.go:118:7:   flow: {storage for c.example} ← *c:
./main.go:118:7:     from c.example (dot of pointer) at ./main.go:129:46
./main.go:118:7:     from c.example (interface-converted) at ./main.go:129:46
./main.go:118:7: parameter c leaks to {storage for c.summary} for (*command).parse with derefs=1:
./main.go:118:7:   flow: {storage for c.summary} ← *c:
./main.go:118:7:     from c.summary (dot of pointer) at ./main.go:121:82
./main.go:118:7:     from c.summary (interface-converted) at ./main.go:121:82
./main.go:118:7: parameter c leaks to {storage for c.synopsis} for (*command).parse with derefs=1:
./main.go:118:7:   flow: {storage for c.synopsis} ← *c:
./main.go:118:7:     from c.synopsis (dot of pointer) at ./main.go:121:70
./main.go:118:7:     from c.synopsis (interface-converted) at ./main.go:121:70
./main.go:118:7: parameter c leaks to {storage for c.name} for (*command).parse with derefs=1:
./main.go:118:7:   flow: {storage for c.name} ← *c:
./main.go:118:7:     from c.name (dot of pointer) at ./main.go:121:62
./main.go:118:7:     from c.name (interface-converted) at ./main.go:121:62
./main.go:133:20: &errors.errorString{...} escapes to heap in (*command).parse:
./main.go:133:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:133:20:     from &errors.errorString{...} (spill) at ./main.go:133:20
./main.go:133:20:     from &errors.errorString{...} (interface-converted) at ./main.go:133:20
./main.go:133:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:133:20
./main.go:133:20:   flow: fmt.err ← ~r0:
./main.go:133:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:133:20
./main.go:133:20:   flow: ~r0 ← fmt.err:
./main.go:133:20:     from return fmt.err (return) at ./main.go:133:3
./main.go:118:7: leaking param content: c
./main.go:118:25: leaking param content: fs
./main.go:118:43: leaking param: args
./main.go:118:58: leaking param: stdout
./main.go:121:14: ... argument does not escape
./main.go:121:51: "166-memory-gc" escapes to heap
./main.go:121:62: c.name escapes to heap
./main.go:121:70: c.synopsis escapes to heap
./main.go:121:82: c.summary escapes to heap
./main.go:123:15: func literal does not escape
./main.go:125:16: ... argument does not escape
./main.go:125:25: "\nflags:" escapes to heap
./main.go:129:14: ... argument does not escape
./main.go:129:46: c.example escapes to heap
./main.go:133:20: ... argument does not escape
./main.go:133:53: c.name escapes to heap
./main.go:133:65: "166-memory-gc" escapes to heap
./main.go:133:76: c.name escapes to heap
./main.go:133:20: &errors.errorString{...} escapes to heap
./main.go:139:15: flag.f.defaultUsage escapes to heap in runDemo:
./main.go:139:15:   flow: {heap} ← &{storage for flag.f.defaultUsage}:
./main.go:139:15:     from flag.f.defaultUsage (spill) at ./main.go:139:15
./main.go:139:15:     from flag.f.Usage = flag.f.defaultUsage (assign) at ./main.go:139:15
./main.go:139:15: func literal escapes to heap in runDemo:
./main.go:139:15:   flow: {heap} ← &{storage for func literal}:
./main.go:139:15:     from func literal (spill) at ./main.go:139:15
./main.go:139:15:     from fs.Usage = func literal (assign) at ./main.go:139:15
./main.go:138:35: parameter c leaks to {heap} for runDemo with derefs=1:
./main.go:138:35:   flow: {heap} ← *c:
./main.go:138:35:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:140:19
./main.go:138:47: parameter args leaks to {heap} for runDemo with derefs=0:
./main.go:138:47:   flow: {heap} ← args:
./main.go:138:47:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:140:19
./main.go:138:62: parameter stdout leaks to {heap} for runDemo with derefs=0:
./main.go:138:62:   flow: {heap} ← stdout:
./main.go:138:62:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:140:19
./main.go:138:14: parameter ctx leaks to {heap} for runDemo with derefs=0:
./main.go:138:14:   flow: {heap} ← ctx:
./main.go:138:14:     from demo(ctx, stdout) (call parameter) at ./main.go:146:13
./main.go:144:65: ~r0 escapes to heap in runDemo:
./main.go:144:65:   flow: {storage for ... argument} ← &{storage for ~r0}:
./main.go:144:65:     from ~r0 (spill) at ./main.go:144:65
./main.go:144:65:     from ... argument (slice-literal-element) at ./main.go:144:20
./main.go:144:65:   flow: fmt.a ← &{storage for ... argument}:
./main.go:144:65:     from ... argument (spill) at ./main.go:144:20
./main.go:144:65:     from fmt.format, fmt.a := "demo: unexpected arguments %q: %w", ... argument (assign-pair) at ./main.go:144:20
./main.go:144:65:   flow: {heap} ← *fmt.a:
./main.go:144:65:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:144:20
./main.go:138:35: parameter c leaks to {storage for ~r0} for runDemo with derefs=1:
./main.go:138:35:   flow: c ← c:
./main.go:138:35:     from c, _ := c, 0 (assign-pair) at ./main.go:139:15
./main.go:138:35:   flow: flag.name ← *c:
./main.go:138:35:     from c.name (dot of pointer) at ./main.go:139:15
./main.go:138:35:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:139:15
./main.go:138:35:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:138:35:     from flag.FlagSet{...} (struct literal element) at ./main.go:139:15
./main.go:138:35:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:138:35:     from &flag.FlagSet{...} (spill) at ./main.go:139:15
./main.go:138:35:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:139:15
./main.go:138:35:   flow: ~r0 ← flag.f:
./main.go:138:35:     from ~r0 = flag.f (assign-pair) at ./main.go:139:15
./main.go:138:35:   flow: fs ← ~r0:
./main.go:138:35:     from fs := ~r0 (assign) at ./main.go:139:15
./main.go:138:35:   flow: ~r0 ← fs:
./main.go:138:35:     from ~r0 = fs (assign-pair) at ./main.go:139:15
./main.go:138:35:   flow: fs ← ~r0:
./main.go:138:35:     from fs := ~r0 (assign) at ./main.go:139:5
./main.go:138:35:   flow: flag.f ← fs:
./main.go:138:35:     from flag.f := fs (assign-pair) at ./main.go:144:65
./main.go:138:35:   flow: ~r0 ← *flag.f:
./main.go:138:35:     from flag.f.args (dot of pointer) at ./main.go:144:65
./main.go:138:35:     from ~r0 = flag.f.args (assign-pair) at ./main.go:144:65
./main.go:138:35:   flow: {storage for ~r0} ← ~r0:
./main.go:138:35:     from ~r0 (interface-converted) at ./main.go:144:65
./main.go:139:15: &flag.FlagSet{...} escapes to heap in runDemo:
./main.go:139:15:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:139:15:     from &flag.FlagSet{...} (spill) at ./main.go:139:15
./main.go:139:15:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:139:15
./main.go:139:15:   flow: {temp} ← flag.f:
./main.go:139:15:   flow: {storage for flag.f.defaultUsage} ← {temp}:
./main.go:138:35: parameter c leaks to {storage for &flag.FlagSet{...}} for runDemo with derefs=1:
./main.go:138:35:   flow: c ← c:
./main.go:138:35:     from c, _ := c, 0 (assign-pair) at ./main.go:139:15
./main.go:138:35:   flow: flag.name ← *c:
./main.go:138:35:     from c.name (dot of pointer) at ./main.go:139:15
./main.go:138:35:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:139:15
./main.go:138:35:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:138:35:     from flag.FlagSet{...} (struct literal element) at ./main.go:139:15
./main.go:144:20: &errors.errorString{...} escapes to heap in runDemo:
./main.go:144:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:144:20:     from &errors.errorString{...} (spill) at ./main.go:144:20
./main.go:144:20:     from &errors.errorString{...} (interface-converted) at ./main.go:144:20
./main.go:144:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:144:20
./main.go:144:20:   flow: fmt.err ← ~r0:
./main.go:144:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:144:20
./main.go:144:20:   flow: ~r0 ← fmt.err:
./main.go:144:20:     from return fmt.err (return) at ./main.go:144:3
./main.go:138:14: leaking param: ctx
./main.go:138:35: leaking param content: c
./main.go:138:47: leaking param: args
./main.go:138:62: leaking param: stdout
./main.go:138:70: stderr does not escape
./main.go:139:15: &flag.FlagSet{...} escapes to heap
./main.go:139:15: flag.f.defaultUsage escapes to heap
./main.go:139:15: func literal escapes to heap
./main.go:144:20: ... argument does not escape
./main.go:144:65: ~r0 escapes to heap
./main.go:144:20: &errors.errorString{...} escapes to heap
./main.go:150:15: flag.f.defaultUsage escapes to heap in runEscape:
./main.go:150:15:   flow: {heap} ← &{storage for flag.f.defaultUsage}:
./main.go:150:15:     from flag.f.defaultUsage (spill) at ./main.go:150:15
./main.go:150:15:     from flag.f.Usage = flag.f.defaultUsage (assign) at ./main.go:150:15
./main.go:150:15: func literal escapes to heap in runEscape:
./main.go:150:15:   flow: {heap} ← &{storage for func literal}:
./main.go:150:15:     from func literal (spill) at ./main.go:150:15
./main.go:150:15:     from fs.Usage = func literal (assign) at ./main.go:150:15
./main.go:149:37: parameter c leaks to {heap} for runEscape with derefs=1:
./main.go:149:37:   flow: {heap} ← *c:
./main.go:149:37:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:154:19
./main.go:149:49: parameter args leaks to {heap} for runEscape with derefs=0:
./main.go:149:49:   flow: {heap} ← args:
./main.go:149:49:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:154:19
./main.go:149:64: parameter stdout leaks to {heap} for runEscape with derefs=0:
./main.go:149:64:   flow: {heap} ← stdout:
./main.go:149:64:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:154:19
./main.go:149:16: parameter ctx leaks to {heap} for runEscape with derefs=0:
./main.go:149:16:   flow: {heap} ← ctx:
./main.go:149:16:     from RunEscape(ctx, ".", ~r0, *all) (call parameter) at ./main.go:160:23
./main.go:158:85: ~r0 escapes to heap in runEscape:
./main.go:158:85:   flow: {storage for ... argument} ← &{storage for ~r0}:
./main.go:158:85:     from ~r0 (spill) at ./main.go:158:85
./main.go:158:85:     from ... argument (slice-literal-element) at ./main.go:158:20
./main.go:158:85:   flow: fmt.a ← &{storage for ... argument}:
./main.go:158:85:     from ... argument (spill) at ./main.go:158:20
./main.go:158:85:     from fmt.format, fmt.a := "escape: want one PACKAGE or DIR, got %d arguments: %w", ... argument (assign-pair) at ./main.go:158:20
./main.go:158:85:   flow: {heap} ← *fmt.a:
./main.go:158:85:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:158:20
./main.go:162:44: ~r0 escapes to heap in runEscape:
./main.go:162:44:   flow: {storage for ... argument} ← &{storage for ~r0}:
./main.go:162:44:     from ~r0 (spill) at ./main.go:162:44
./main.go:162:44:     from ... argument (slice-literal-element) at ./main.go:162:20
./main.go:162:44:   flow: fmt.a ← &{storage for ... argument}:
./main.go:162:44:     from ... argument (spill) at ./main.go:162:20
./main.go:162:44:     from fmt.format, fmt.a := "escape %s: %w", ... argument (assign-pair) at ./main.go:162:20
./main.go:162:44:   flow: {heap} ← *fmt.a:
./main.go:162:44:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:162:20
./main.go:149:37: parameter c leaks to {storage for ~r0} for runEscape with derefs=2:
./main.go:149:37:   flow: c ← c:
./main.go:149:37:     from c, _ := c, 0 (assign-pair) at ./main.go:150:15
./main.go:149:37:   flow: flag.name ← *c:
./main.go:149:37:     from c.name (dot of pointer) at ./main.go:150:15
./main.go:149:37:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:150:15
./main.go:149:37:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:149:37:     from flag.FlagSet{...} (struct literal element) at ./main.go:150:15
./main.go:149:37:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:149:37:     from &flag.FlagSet{...} (spill) at ./main.go:150:15
./main.go:149:37:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:150:15
./main.go:149:37:   flow: ~r0 ← flag.f:
./main.go:149:37:     from ~r0 = flag.f (assign-pair) at ./main.go:150:15
./main.go:149:37:   flow: fs ← ~r0:
./main.go:149:37:     from fs := ~r0 (assign) at ./main.go:150:15
./main.go:149:37:   flow: ~r0 ← fs:
./main.go:149:37:     from ~r0 = fs (assign-pair) at ./main.go:150:15
./main.go:149:37:   flow: fs ← ~r0:
./main.go:149:37:     from fs := ~r0 (assign) at ./main.go:150:5
./main.go:149:37:   flow: flag.f ← fs:
./main.go:149:37:     from flag.f, flag.i := fs, 0 (assign-pair) at ./main.go:162:44
./main.go:149:37:   flow: ~r0 ← **flag.f:
./main.go:149:37:     from flag.f.args (dot of pointer) at ./main.go:162:44
./main.go:149:37:     from flag.f.args[flag.i] (dot of pointer) at ./main.go:162:44
./main.go:149:37:     from ~r0 = flag.f.args[flag.i] (assign-pair) at ./main.go:162:44
./main.go:149:37:   flow: {storage for ~r0} ← ~r0:
./main.go:149:37:     from ~r0 (interface-converted) at ./main.go:162:44
./main.go:150:15: &flag.FlagSet{...} escapes to heap in runEscape:
./main.go:150:15:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:150:15:     from &flag.FlagSet{...} (spill) at ./main.go:150:15
./main.go:150:15:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:150:15
./main.go:150:15:   flow: {temp} ← flag.f:
./main.go:150:15:   flow: {storage for flag.f.defaultUsage} ← {temp}:
./main.go:149:37: parameter c leaks to {storage for &flag.FlagSet{...}} for runEscape with derefs=1:
./main.go:149:37:   flow: c ← c:
./main.go:149:37:     from c, _ := c, 0 (assign-pair) at ./main.go:150:15
./main.go:149:37:   flow: flag.name ← *c:
./main.go:149:37:     from c.name (dot of pointer) at ./main.go:150:15
./main.go:149:37:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:150:15
./main.go:149:37:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:149:37:     from flag.FlagSet{...} (struct literal element) at ./main.go:150:15
./main.go:158:20: &errors.errorString{...} escapes to heap in runEscape:
./main.go:158:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:158:20:     from &errors.errorString{...} (spill) at ./main.go:158:20
./main.go:158:20:     from &errors.errorString{...} (interface-converted) at ./main.go:158:20
./main.go:158:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:158:20
./main.go:158:20:   flow: fmt.err ← ~r0:
./main.go:158:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:158:20
./main.go:158:20:   flow: ~r0 ← fmt.err:
./main.go:158:20:     from return fmt.err (return) at ./main.go:158:3
./main.go:162:20: &errors.errorString{...} escapes to heap in runEscape:
./main.go:162:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:162:20:     from &errors.errorString{...} (spill) at ./main.go:162:20
./main.go:162:20:     from &errors.errorString{...} (interface-converted) at ./main.go:162:20
./main.go:162:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:162:20
./main.go:162:20:   flow: fmt.err ← ~r0:
./main.go:162:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:162:20
./main.go:162:20:   flow: ~r0 ← fmt.err:
./main.go:162:20:     from return fmt.err (return) at ./main.go:162:3
./main.go:149:16: leaking param: ctx
./main.go:149:37: leaking param content: c
./main.go:149:49: leaking param: args
./main.go:149:64: leaking param: stdout
./main.go:149:72: stderr does not escape
./main.go:150:15: &flag.FlagSet{...} escapes to heap
./main.go:150:15: flag.f.defaultUsage escapes to heap
./main.go:150:15: func literal escapes to heap
./main.go:158:20: ... argument does not escape
./main.go:158:85: ~r0 escapes to heap
./main.go:158:20: &errors.errorString{...} escapes to heap
./main.go:162:20: ... argument does not escape
./main.go:162:44: ~r0 escapes to heap
./main.go:162:20: &errors.errorString{...} escapes to heap
./main.go:171:15: flag.f.defaultUsage escapes to heap in runPools:
./main.go:171:15:   flow: {heap} ← &{storage for flag.f.defaultUsage}:
./main.go:171:15:     from flag.f.defaultUsage (spill) at ./main.go:171:15
./main.go:171:15:     from flag.f.Usage = flag.f.defaultUsage (assign) at ./main.go:171:15
./main.go:171:15: func literal escapes to heap in runPools:
./main.go:171:15:   flow: {heap} ← &{storage for func literal}:
./main.go:171:15:     from func literal (spill) at ./main.go:171:15
./main.go:171:15:     from fs.Usage = func literal (assign) at ./main.go:171:15
./main.go:170:36: parameter c leaks to {heap} for runPools with derefs=1:
./main.go:170:36:   flow: {heap} ← *c:
./main.go:170:36:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:172:19
./main.go:170:48: parameter args leaks to {heap} for runPools with derefs=0:
./main.go:170:48:   flow: {heap} ← args:
./main.go:170:48:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:172:19
./main.go:170:63: parameter stdout leaks to {heap} for runPools with derefs=0:
./main.go:170:63:   flow: {heap} ← stdout:
./main.go:170:63:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:172:19
./main.go:176:66: ~r0 escapes to heap in runPools:
./main.go:176:66:   flow: {storage for ... argument} ← &{storage for ~r0}:
./main.go:176:66:     from ~r0 (spill) at ./main.go:176:66
./main.go:176:66:     from ... argument (slice-literal-element) at ./main.go:176:20
./main.go:176:66:   flow: fmt.a ← &{storage for ... argument}:
./main.go:176:66:     from ... argument (spill) at ./main.go:176:20
./main.go:176:66:     from fmt.format, fmt.a := "pools: unexpected arguments %q: %w", ... argument (assign-pair) at ./main.go:176:20
./main.go:176:66:   flow: {heap} ← *fmt.a:
./main.go:176:66:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:176:20
./main.go:170:36: parameter c leaks to {storage for ~r0} for runPools with derefs=1:
./main.go:170:36:   flow: c ← c:
./main.go:170:36:     from c, _ := c, 0 (assign-pair) at ./main.go:171:15
./main.go:170:36:   flow: flag.name ← *c:
./main.go:170:36:     from c.name (dot of pointer) at ./main.go:171:15
./main.go:170:36:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:171:15
./main.go:170:36:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:170:36:     from flag.FlagSet{...} (struct literal element) at ./main.go:171:15
./main.go:170:36:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:170:36:     from &flag.FlagSet{...} (spill) at ./main.go:171:15
./main.go:170:36:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:171:15
./main.go:170:36:   flow: ~r0 ← flag.f:
./main.go:170:36:     from ~r0 = flag.f (assign-pair) at ./main.go:171:15
./main.go:170:36:   flow: fs ← ~r0:
./main.go:170:36:     from fs := ~r0 (assign) at ./main.go:171:15
./main.go:170:36:   flow: ~r0 ← fs:
./main.go:170:36:     from ~r0 = fs (assign-pair) at ./main.go:171:15
./main.go:170:36:   flow: fs ← ~r0:
./main.go:170:36:     from fs := ~r0 (assign) at ./main.go:171:5
./main.go:170:36:   flow: flag.f ← fs:
./main.go:170:36:     from flag.f := fs (assign-pair) at ./main.go:176:66
./main.go:170:36:   flow: ~r0 ← *flag.f:
./main.go:170:36:     from flag.f.args (dot of pointer) at ./main.go:176:66
./main.go:170:36:     from ~r0 = flag.f.args (assign-pair) at ./main.go:176:66
./main.go:170:36:   flow: {storage for ~r0} ← ~r0:
./main.go:170:36:     from ~r0 (interface-converted) at ./main.go:176:66
./main.go:171:15: &flag.FlagSet{...} escapes to heap in runPools:
./main.go:171:15:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:171:15:     from &flag.FlagSet{...} (spill) at ./main.go:171:15
./main.go:171:15:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:171:15
./main.go:171:15:   flow: {temp} ← flag.f:
./main.go:171:15:   flow: {storage for flag.f.defaultUsage} ← {temp}:
./main.go:170:36: parameter c leaks to {storage for &flag.FlagSet{...}} for runPools with derefs=1:
./main.go:170:36:   flow: c ← c:
./main.go:170:36:     from c, _ := c, 0 (assign-pair) at ./main.go:171:15
./main.go:170:36:   flow: flag.name ← *c:
./main.go:170:36:     from c.name (dot of pointer) at ./main.go:171:15
./main.go:170:36:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:171:15
./main.go:170:36:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:170:36:     from flag.FlagSet{...} (struct literal element) at ./main.go:171:15
./main.go:176:20: &errors.errorString{...} escapes to heap in runPools:
./main.go:176:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:176:20:     from &errors.errorString{...} (spill) at ./main.go:176:20
./main.go:176:20:     from &errors.errorString{...} (interface-converted) at ./main.go:176:20
./main.go:176:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:176:20
./main.go:176:20:   flow: fmt.err ← ~r0:
./main.go:176:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:176:20
./main.go:176:20:   flow: ~r0 ← fmt.err:
./main.go:176:20:     from return fmt.err (return) at ./main.go:176:3
./main.go:170:15: ctx does not escape
./main.go:170:36: leaking param content: c
./main.go:170:48: leaking param: args
./main.go:170:63: leaking param: stdout
./main.go:170:71: stderr does not escape
./main.go:171:15: &flag.FlagSet{...} escapes to heap
./main.go:171:15: flag.f.defaultUsage escapes to heap
./main.go:171:15: func literal escapes to heap
./main.go:176:20: ... argument does not escape
./main.go:176:66: ~r0 escapes to heap
./main.go:176:20: &errors.errorString{...} escapes to heap
./main.go:182:15: flag.f.defaultUsage escapes to heap in runGCTrace:
./main.go:182:15:   flow: {heap} ← &{storage for flag.f.defaultUsage}:
./main.go:182:15:     from flag.f.defaultUsage (spill) at ./main.go:182:15
./main.go:182:15:     from flag.f.Usage = flag.f.defaultUsage (assign) at ./main.go:182:15
./main.go:182:15: func literal escapes to heap in runGCTrace:
./main.go:182:15:   flow: {heap} ← &{storage for func literal}:
./main.go:182:15:     from func literal (spill) at ./main.go:182:15
./main.go:182:15:     from fs.Usage = func literal (assign) at ./main.go:182:15
./main.go:181:38: parameter c leaks to {heap} for runGCTrace with derefs=1:
./main.go:181:38:   flow: {heap} ← *c:
./main.go:181:38:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:185:19
./main.go:181:50: parameter args leaks to {heap} for runGCTrace with derefs=0:
./main.go:181:50:   flow: {heap} ← args:
./main.go:181:50:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:185:19
./main.go:181:65: parameter stdout leaks to {heap} for runGCTrace with derefs=0:
./main.go:181:65:   flow: {heap} ← stdout:
./main.go:181:65:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:185:19
./main.go:181:17: parameter ctx leaks to {heap} for runGCTrace with derefs=0:
./main.go:181:17:   flow: {heap} ← ctx:
./main.go:181:17:     from runChild(ctx, argv, env, builtin, stderr) (call parameter) at ./main.go:196:21
./main.go:181:73: parameter stderr leaks to {heap} for runGCTrace with derefs=0:
./main.go:181:73:   flow: {heap} ← stderr:
./main.go:181:73:     from runChild(ctx, argv, env, builtin, stderr) (call parameter) at ./main.go:196:21
./main.go:206:24: cr.Stdout escapes to heap in runGCTrace:
./main.go:206:24:   flow: {storage for ... argument} ← &{storage for cr.Stdout}:
./main.go:206:24:     from cr.Stdout (spill) at ./main.go:206:24
./main.go:206:24:     from ... argument (slice-literal-element) at ./main.go:206:13
./main.go:206:24:   flow: {heap} ← {storage for ... argument}:
./main.go:206:24:     from ... argument (spill) at ./main.go:206:13
./main.go:206:24:     from fmt.Fprint(stdout, ... argument...) (call parameter) at ./main.go:206:13
./main.go:182:15: &flag.FlagSet{...} escapes to heap in runGCTrace:
./main.go:182:15:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:182:15:     from &flag.FlagSet{...} (spill) at ./main.go:182:15
./main.go:182:15:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:182:15
./main.go:182:15:   flow: {temp} ← flag.f:
./main.go:182:15:   flow: {storage for flag.f.defaultUsage} ← {temp}:
./main.go:181:38: parameter c leaks to {storage for &flag.FlagSet{...}} for runGCTrace with derefs=1:
./main.go:181:38:   flow: c ← c:
./main.go:181:38:     from c, _ := c, 0 (assign-pair) at ./main.go:182:15
./main.go:181:38:   flow: flag.name ← *c:
./main.go:181:38:     from c.name (dot of pointer) at ./main.go:182:15
./main.go:181:38:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:182:15
./main.go:181:38:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:181:38:     from flag.FlagSet{...} (struct literal element) at ./main.go:182:15
./main.go:198:20: &errors.errorString{...} escapes to heap in runGCTrace:
./main.go:198:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:198:20:     from &errors.errorString{...} (spill) at ./main.go:198:20
./main.go:198:20:     from &errors.errorString{...} (interface-converted) at ./main.go:198:20
./main.go:198:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:198:20
./main.go:198:20:   flow: fmt.err ← ~r0:
./main.go:198:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:198:20
./main.go:198:20:   flow: ~r0 ← fmt.err:
./main.go:198:20:     from return fmt.err (return) at ./main.go:198:3
./main.go:181:17: leaking param: ctx
./main.go:181:38: leaking param content: c
./main.go:181:50: leaking param: args
./main.go:181:65: leaking param: stdout
./main.go:181:73: leaking param: stderr
./main.go:182:15: &flag.FlagSet{...} escapes to heap
./main.go:182:15: flag.f.defaultUsage escapes to heap
./main.go:182:15: func literal escapes to heap
./main.go:192:31: ... argument does not escape
./main.go:198:20: ... argument does not escape
./main.go:198:20: &errors.errorString{...} escapes to heap
./main.go:201:25: &json.Encoder{...} does not escape
./main.go:206:13: ... argument does not escape
./main.go:206:24: cr.Stdout escapes to heap
./metrics.go:76:29: "called Uint64 on non-uint64 metric value" escapes to heap in SampleGC:
./metrics.go:76:29:   flow: {heap} ← &{storage for "called Uint64 on non-uint64 metric value"}:
./metrics.go:76:29:     from "called Uint64 on non-uint64 metric value" (spill) at ./metrics.go:76:29
./metrics.go:76:29:     from panic("called Uint64 on non-uint64 metric value") (call parameter) at ./metrics.go:76:29
./metrics.go:78:29: "called Uint64 on non-uint64 metric value" escapes to heap in SampleGC:
./metrics.go:78:29:   flow: {heap} ← &{storage for "called Uint64 on non-uint64 metric value"}:
./metrics.go:78:29:     from "called Uint64 on non-uint64 metric value" (spill) at ./metrics.go:78:29
./metrics.go:78:29:     from panic("called Uint64 on non-uint64 metric value") (call parameter) at ./metrics.go:78:29
./metrics.go:80:39: "called Float64Histogram on non-Float64Histogram metric value" escapes to heap in SampleGC:
./metrics.go:80:39:   flow: {heap} ← &{storage for "called Float64Histogram on non-Float64Histogram metric value"}:
./metrics.go:80:39:     from "called Float64Histogram on non-Float64Histogram metric value" (spill) at ./metrics.go:80:39
./metrics.go:80:39:     from panic("called Float64Histogram on non-Float64Histogram metric value") (call parameter) at ./metrics.go:80:39
./metrics.go:82:31: "called Uint64 on non-uint64 metric value" escapes to heap in SampleGC:
./metrics.go:82:31:   flow: {heap} ← &{storage for "called Uint64 on non-uint64 metric value"}:
./metrics.go:82:31:     from "called Uint64 on non-uint64 metric value" (spill) at ./metrics.go:82:31
./metrics.go:82:31:     from panic("called Uint64 on non-uint64 metric value") (call parameter) at ./metrics.go:82:31
./metrics.go:84:31: "called Uint64 on non-uint64 metric value" escapes to heap in SampleGC:
./metrics.go:84:31:   flow: {heap} ← &{storage for "called Uint64 on non-uint64 metric value"}:
./metrics.go:84:31:     from "called Uint64 on non-uint64 metric value" (spill) at ./metrics.go:84:31
./metrics.go:84:31:     from panic("called Uint64 on non-uint64 metric value") (call parameter) at ./metrics.go:84:31
./metrics.go:86:34: "called Uint64 on non-uint64 metric value" escapes to heap in SampleGC:
./metrics.go:86:34:   flow: {heap} ← &{storage for "called Uint64 on non-uint64 metric value"}:
./metrics.go:86:34:     from "called Uint64 on non-uint64 metric value" (spill) at ./metrics.go:86:34
./metrics.go:86:34:     from panic("called Uint64 on non-uint64 metric value") (call parameter) at ./metrics.go:86:34
./metrics.go:88:33: "called Uint64 on non-uint64 metric value" escapes to heap in SampleGC:
./metrics.go:88:33:   flow: {heap} ← &{storage for "called Uint64 on non-uint64 metric value"}:
./metrics.go:88:33:     from "called Uint64 on non-uint64 metric value" (spill) at ./metrics.go:88:33
./metrics.go:88:33:     from panic("called Uint64 on non-uint64 metric value") (call parameter) at ./metrics.go:88:33
./metrics.go:90:35: "called Uint64 on non-uint64 metric value" escapes to heap in SampleGC:
./metrics.go:90:35:   flow: {heap} ← &{storage for "called Uint64 on non-uint64 metric value"}:
./metrics.go:90:35:     from "called Uint64 on non-uint64 metric value" (spill) at ./metrics.go:90:35
./metrics.go:90:35:     from panic("called Uint64 on non-uint64 metric value") (call parameter) at ./metrics.go:90:35
./metrics.go:92:29: "called Float64 on non-float64 metric value" escapes to heap in SampleGC:
./metrics.go:92:29:   flow: {heap} ← &{storage for "called Float64 on non-float64 metric value"}:
./metrics.go:92:29:     from "called Float64 on non-float64 metric value" (spill) at ./metrics.go:92:29
./metrics.go:92:29:     from panic("called Float64 on non-float64 metric value") (call parameter) at ./metrics.go:92:29
./metrics.go:94:32: "called Float64 on non-float64 metric value" escapes to heap in SampleGC:
./metrics.go:94:32:   flow: {heap} ← &{storage for "called Float64 on non-float64 metric value"}:
./metrics.go:94:32:     from "called Float64 on non-float64 metric value" (spill) at ./metrics.go:94:32
./metrics.go:94:32:     from panic("called Float64 on non-float64 metric value") (call parameter) at ./metrics.go:94:32
./metrics.go:96:30: "called Uint64 on non-uint64 metric value" escapes to heap in SampleGC:
./metrics.go:96:30:   flow: {heap} ← &{storage for "called Uint64 on non-uint64 metric value"}:
./metrics.go:96:30:     from "called Uint64 on non-uint64 metric value" (spill) at ./metrics.go:96:30
./metrics.go:96:30:     from panic("called Uint64 on non-uint64 metric value") (call parameter) at ./metrics.go:96:30
./metrics.go:98:30: "called Uint64 on non-uint64 metric value" escapes to heap in SampleGC:
./metrics.go:98:30:   flow: {heap} ← &{storage for "called Uint64 on non-uint64 metric value"}:
./metrics.go:98:30:     from "called Uint64 on non-uint64 metric value" (spill) at ./metrics.go:98:30
./metrics.go:98:30:     from panic("called Uint64 on non-uint64 metric value") (call parameter) at ./metrics.go:98:30
./metrics.go:100:33: "called Uint64 on non-uint64 metric value" escapes to heap in SampleGC:
./metrics.go:100:33:   flow: {heap} ← &{storage for "called Uint64 on non-uint64 metric value"}:
./metrics.go:100:33:     from "called Uint64 on non-uint64 metric value" (spill) at ./metrics.go:100:33
./metrics.go:100:33:     from panic("called Uint64 on non-uint64 metric value") (call parameter) at ./metrics.go:100:33
./metrics.go:102:37: "called Uint64 on non-uint64 metric value" escapes to heap in SampleGC:
./metrics.go:102:37:   flow: {heap} ← &{storage for "called Uint64 on non-uint64 metric value"}:
./metrics.go:102:37:     from "called Uint64 on non-uint64 metric value" (spill) at ./metrics.go:102:37
./metrics.go:102:37:     from panic("called Uint64 on non-uint64 metric value") (call parameter) at ./metrics.go:102:37
./metrics.go:67:12: make([]metrics.Sample, len(gcMetricNames)) escapes to heap in SampleGC:
./metrics.go:67:12:   flow: ss ← &{storage for make([]metrics.Sample, len(gcMetricNames))}:
./metrics.go:67:12:     from make([]metrics.Sample, len(gcMetricNames)) (spill) at ./metrics.go:67:12
./metrics.go:67:12:     from ss := make([]metrics.Sample, len(gcMetricNames)) (assign) at ./metrics.go:67:5
./metrics.go:67:12:   flow: metrics.m ← ss:
./metrics.go:67:12:     from metrics.m := ss (assign-pair) at ./metrics.go:71:14
./metrics.go:67:12:   flow: {heap} ← metrics.m:
./metrics.go:67:12:     from metrics.m[0] (dot of pointer) at ./metrics.go:71:14
./metrics.go:67:12:     from &metrics.m[0] (address-of) at ./metrics.go:71:14
./metrics.go:67:12:     from metrics.runtime_readMetrics(unsafe.Pointer(&metrics.m[0]), len(metrics.m), cap(metrics.m)) (call parameter) at ./metrics.go:71:14
./metrics.go:67:12: make([]metrics.Sample, len(gcMetricNames)) escapes to heap
./metrics.go:76:29: "called Uint64 on non-uint64 metric value" escapes to heap
./metrics.go:78:29: "called Uint64 on non-uint64 metric value" escapes to heap
./metrics.go:80:39: "called Float64Histogram on non-Float64Histogram metric value" escapes to heap
./metrics.go:82:31: "called Uint64 on non-uint64 metric value" escapes to heap
./metrics.go:84:31: "called Uint64 on non-uint64 metric value" escapes to heap
./metrics.go:86:34: "called Uint64 on non-uint64 metric value" escapes to heap
./metrics.go:88:33: "called Uint64 on non-uint64 metric value" escapes to heap
./metrics.go:90:35: "called Uint64 on non-uint64 metric value" escapes to heap
./metrics.go:92:29: "called Float64 on non-float64 metric value" escapes to heap
./metrics.go:94:32: "called Float64 on non-float64 metric value" escapes to heap
./metrics.go:96:30: "called Uint64 on non-uint64 metric value" escapes to heap
./metrics.go:98:30: "called Uint64 on non-uint64 metric value" escapes to heap
./metrics.go:100:33: "called Uint64 on non-uint64 metric value" escapes to heap
./metrics.go:102:37: "called Uint64 on non-uint64 metric value" escapes to heap
/usr/local/go/src/runtime/mcleanup.go:202:38: parameter runtime.arg leaks to {heap} for callCleanup[go.shape.*uint8] with derefs=1:
/usr/local/go/src/runtime/mcleanup.go:202:38:   flow: {heap} ← *runtime.arg:
/usr/local/go/src/runtime/mcleanup.go:202:38:     from *(*go.shape.*uint8)(runtime.arg) (indirection) at /usr/local/go/src/runtime/mcleanup.go:204:10
/usr/local/go/src/runtime/mcleanup.go:202:38:     from runtime.cleanup(*(*go.shape.*uint8)(runtime.arg)) (call parameter) at /usr/local/go/src/runtime/mcleanup.go:204:9
/usr/local/go/src/runtime/mcleanup.go:88:9: "runtime.AddCleanup: ptr is nil" escapes to heap in AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8]:
/usr/local/go/src/runtime/mcleanup.go:88:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is nil"}:
/usr/local/go/src/runtime/mcleanup.go:88:9:     from "runtime.AddCleanup: ptr is nil" (spill) at /usr/local/go/src/runtime/mcleanup.go:88:9
/usr/local/go/src/runtime/mcleanup.go:88:9:     from panic("runtime.AddCleanup: ptr is nil") (call parameter) at /usr/local/go/src/runtime/mcleanup.go:88:8
/usr/local/go/src/runtime/mcleanup.go:97:10: "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" escapes to heap in AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8]:
/usr/local/go/src/runtime/mcleanup.go:97:10:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is equal to arg, cleanup will never run"}:
/usr/local/go/src/runtime/mcleanup.go:97:10:     from "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" (spill) at /usr/local/go/src/runtime/mcleanup.go:97:10
/usr/local/go/src/runtime/mcleanup.go:97:10:     from panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run") (call parameter) at /usr/local/go/src/runtime/mcleanup.go:97:9
/usr/local/go/src/runtime/mcleanup.go:102:9: "runtime.AddCleanup: ptr is arena-allocated" escapes to heap in AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8]:
/usr/local/go/src/runtime/mcleanup.go:102:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is arena-allocated"}:
/usr/local/go/src/runtime/mcleanup.go:102:9:     from "runtime.AddCleanup: ptr is arena-allocated" (spill) at /usr/local/go/src/runtime/mcleanup.go:102:9
/usr/local/go/src/runtime/mcleanup.go:102:9:     from panic("runtime.AddCleanup: ptr is arena-allocated") (call parameter) at /usr/local/go/src/runtime/mcleanup.go:102:8
/usr/local/go/src/runtime/mcleanup.go:136:9: "runtime.AddCleanup: ptr not in allocated block" escapes to heap in AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8]:
/usr/local/go/src/runtime/mcleanup.go:136:9:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr not in allocated block"}:
/usr/local/go/src/runtime/mcleanup.go:136:9:     from "runtime.AddCleanup: ptr not in allocated block" (spill) at /usr/local/go/src/runtime/mcleanup.go:136:9
/usr/local/go/src/runtime/mcleanup.go:136:9:     from panic("runtime.AddCleanup: ptr not in allocated block") (call parameter) at /usr/local/go/src/runtime/mcleanup.go:136:8
/usr/local/go/src/runtime/mcleanup.go:150:11: "runtime.AddCleanup: ptr is within arg, cleanup will never run" escapes to heap in AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8]:
/usr/local/go/src/runtime/mcleanup.go:150:11:   flow: {heap} ← &{storage for "runtime.AddCleanup: ptr is within arg, cleanup will never run"}:
/usr/local/go/src/runtime/mcleanup.go:150:11:     from "runtime.AddCleanup: ptr is within arg, cleanup will never run" (spill) at /usr/local/go/src/runtime/mcleanup.go:150:11
/usr/local/go/src/runtime/mcleanup.go:150:11:     from panic("runtime.AddCleanup: ptr is within arg, cleanup will never run") (call parameter) at /usr/local/go/src/runtime/mcleanup.go:150:10
/usr/local/go/src/runtime/mcleanup.go:167:11: "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... escapes to heap in AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8]:
/usr/local/go/src/runtime/mcleanup.go:167:11:   flow: {heap} ← &{storage for "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n...}:
/usr/local/go/src/runtime/mcleanup.go:167:11:     from "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... (spill) at /usr/local/go/src/runtime/mcleanup.go:167:11
/usr/local/go/src/runtime/mcleanup.go:167:11:     from panic("runtime.AddCleanup: cleanup function closes over ptr, cleanup will n...) (call parameter) at /usr/local/go/src/runtime/mcleanup.go:167:10
/usr/local/go/src/runtime/mcleanup.go:183:20: func literal escapes to heap in AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8]:
/usr/local/go/src/runtime/mcleanup.go:183:20:   flow: {heap} ← &{storage for func literal}:
/usr/local/go/src/runtime/mcleanup.go:183:20:     from func literal (spill) at /usr/local/go/src/runtime/mcleanup.go:183:20
/usr/local/go/src/runtime/mcleanup.go:183:20:     from runtime.cleanupFn{...} (struct literal element) at /usr/local/go/src/runtime/mcleanup.go:177:49
/usr/local/go/src/runtime/mcleanup.go:183:20:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at /usr/local/go/src/runtime/mcleanup.go:177:18
/usr/local/go/src/runtime/mcleanup.go:183:20: runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8] capturing by value: .autotmp_29 (addr=false assign=false width=8)
/usr/local/go/src/runtime/mcleanup.go:76:52: parameter runtime.arg leaks to {heap} for AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8] with derefs=0:
/usr/local/go/src/runtime/mcleanup.go:76:52:   flow: {heap} ← runtime.arg:
/usr/local/go/src/runtime/mcleanup.go:76:52:     from *runtime.argv = runtime.arg (assign) at /usr/local/go/src/runtime/mcleanup.go:127:8
<autogenerated>:1: parameter runtime.arg leaks to {heap} for AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8].func1 with derefs=1:
<autogenerated>:1:   flow: {heap} ← *runtime.arg:
<autogenerated>:1:     from runtime.callCleanup[go.shape.*uint8](.autotmp_29, runtime.fn, runtime.arg) (call parameter) at /usr/local/go/src/runtime/mcleanup.go:183:20
/usr/local/go/src/runtime/mcleanup.go:76:35: parameter runtime.cleanup leaks to {heap} for AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8] with derefs=0:
/usr/local/go/src/runtime/mcleanup.go:76:35:   flow: {heap} ← runtime.cleanup:
/usr/local/go/src/runtime/mcleanup.go:76:35:     from &runtime.cleanup (address-of) at /usr/local/go/src/runtime/mcleanup.go:184:37
/usr/local/go/src/runtime/mcleanup.go:76:35:     from *(**runtime.funcval)(unsafe.Pointer(&runtime.cleanup)) (indirection) at /usr/local/go/src/runtime/mcleanup.go:184:9
/usr/local/go/src/runtime/mcleanup.go:76:35:     from runtime.cleanupFn{...} (struct literal element) at /usr/local/go/src/runtime/mcleanup.go:177:49
/usr/local/go/src/runtime/mcleanup.go:76:35:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at /usr/local/go/src/runtime/mcleanup.go:177:18
/usr/local/go/src/runtime/mcleanup.go:76:27: parameter runtime.ptr leaks to {heap} for AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8] with derefs=0:
/usr/local/go/src/runtime/mcleanup.go:76:27:   flow: abi.x ← runtime.ptr:
/usr/local/go/src/runtime/mcleanup.go:76:27:     from abi..dict, abi.x := (*[2]uintptr)(runtime..dict[0]), runtime.ptr (assign-pair) at /usr/local/go/src/runtime/mcleanup.go:83:18
/usr/local/go/src/runtime/mcleanup.go:76:27:   flow: {heap} ← abi.x:
/usr/local/go/src/runtime/mcleanup.go:76:27:     from abi.x (interface-converted) at /usr/local/go/src/runtime/mcleanup.go:83:18
/usr/local/go/src/runtime/mcleanup.go:76:27:     from abi.escapeSink = abi.x (assign) at /usr/local/go/src/runtime/mcleanup.go:83:18
/usr/local/go/src/runtime/mcleanup.go:125:13: new(<node DYNAMICTYPE>) escapes to heap in AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8]:
/usr/local/go/src/runtime/mcleanup.go:125:13:   flow: runtime.argv ← &{storage for new(<node DYNAMICTYPE>)}:
/usr/local/go/src/runtime/mcleanup.go:125:13:     from new(<node DYNAMICTYPE>) (spill) at /usr/local/go/src/runtime/mcleanup.go:125:13
/usr/local/go/src/runtime/mcleanup.go:125:13:     from runtime.argv = new(<node DYNAMICTYPE>) (assign) at /usr/local/go/src/runtime/mcleanup.go:125:8
/usr/local/go/src/runtime/mcleanup.go:125:13:   flow: {heap} ← runtime.argv:
/usr/local/go/src/runtime/mcleanup.go:125:13:     from runtime.cleanupFn{...} (struct literal element) at /usr/local/go/src/runtime/mcleanup.go:177:49
/usr/local/go/src/runtime/mcleanup.go:125:13:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at /usr/local/go/src/runtime/mcleanup.go:177:18
/usr/local/go/src/runtime/mcleanup.go:122:13: new([2]uintptr) escapes to heap in AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8]:
/usr/local/go/src/runtime/mcleanup.go:122:13:   flow: runtime.box ← &{storage for new([2]uintptr)}:
/usr/local/go/src/runtime/mcleanup.go:122:13:     from new([2]uintptr) (spill) at /usr/local/go/src/runtime/mcleanup.go:122:13
/usr/local/go/src/runtime/mcleanup.go:122:13:     from runtime.box := new([2]uintptr) (assign) at /usr/local/go/src/runtime/mcleanup.go:122:7
/usr/local/go/src/runtime/mcleanup.go:122:13:   flow: runtime.argv ← runtime.box:
/usr/local/go/src/runtime/mcleanup.go:122:13:     from runtime.argv = (*go.shape.*uint8)(unsafe.Pointer(runtime.box)) (assign) at /usr/local/go/src/runtime/mcleanup.go:123:8
/usr/local/go/src/runtime/mcleanup.go:122:13:   flow: {heap} ← runtime.argv:
/usr/local/go/src/runtime/mcleanup.go:122:13:     from runtime.cleanupFn{...} (struct literal element) at /usr/local/go/src/runtime/mcleanup.go:177:49
/usr/local/go/src/runtime/mcleanup.go:122:13:     from runtime.addCleanup(unsafe.Pointer(runtime.ptr), runtime.cleanupFn{...}) (call parameter) at /usr/local/go/src/runtime/mcleanup.go:177:18
/usr/local/go/src/runtime/mcleanup.go:88:9: "runtime.AddCleanup: ptr is nil" escapes to heap
/usr/local/go/src/runtime/mcleanup.go:97:10: "runtime.AddCleanup: ptr is equal to arg, cleanup will never run" escapes to heap
/usr/local/go/src/runtime/mcleanup.go:102:9: "runtime.AddCleanup: ptr is arena-allocated" escapes to heap
/usr/local/go/src/runtime/mcleanup.go:122:13: new([2]uintptr) escapes to heap
/usr/local/go/src/runtime/mcleanup.go:125:13: new(<node DYNAMICTYPE>) escapes to heap
/usr/local/go/src/runtime/mcleanup.go:136:9: "runtime.AddCleanup: ptr not in allocated block" escapes to heap
/usr/local/go/src/runtime/mcleanup.go:150:11: "runtime.AddCleanup: ptr is within arg, cleanup will never run" escapes to heap
/usr/local/go/src/runtime/mcleanup.go:167:11: "runtime.AddCleanup: cleanup function closes over ptr, cleanup will n... escapes to heap
./tuner.go:185:112: 100 * step.GCCPU escapes to heap in decide:
./tuner.go:185:112:   flow: {storage for ... argument} ← &{storage for 100 * step.GCCPU}:
./tuner.go:185:112:     from 100 * step.GCCPU (spill) at ./tuner.go:185:112
./tuner.go:185:112:     from ... argument (slice-literal-element) at ./tuner.go:185:28
./tuner.go:185:112:   flow: {heap} ← {storage for ... argument}:
./tuner.go:185:112:     from ... argument (spill) at ./tuner.go:185:28
./tuner.go:185:112:     from fmt.Sprintf("GC used %.0f%% of CPU (cap %.0f%%): GOGC raised, heap may pass the t..., ... argument...) (call parameter) at ./tuner.go:185:28
./tuner.go:185:128: 100 * o.MaxGCCPU escapes to heap in decide:
./tuner.go:185:128:   flow: {storage for ... argument} ← &{storage for 100 * o.MaxGCCPU}:
./tuner.go:185:128:     from 100 * o.MaxGCCPU (spill) at ./tuner.go:185:128
./tuner.go:185:128:     from ... argument (slice-literal-element) at ./tuner.go:185:28
./tuner.go:185:128:   flow: {heap} ← {storage for ... argument}:
./tuner.go:185:128:     from ... argument (spill) at ./tuner.go:185:28
./tuner.go:185:128:     from fmt.Sprintf("GC used %.0f%% of CPU (cap %.0f%%): GOGC raised, heap may pass the t..., ... argument...) (call parameter) at ./tuner.go:185:28
./tuner.go:190:85: formatBytes(int64(now.HeapLive)) escapes to heap in decide:
./tuner.go:190:85:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(now.HeapLive))}:
./tuner.go:190:85:     from formatBytes(int64(now.HeapLive)) (spill) at ./tuner.go:190:85
./tuner.go:190:85:     from ... argument (slice-literal-element) at ./tuner.go:190:28
./tuner.go:190:85:   flow: {heap} ← {storage for ... argument}:
./tuner.go:190:85:     from ... argument (spill) at ./tuner.go:190:28
./tuner.go:190:85:     from fmt.Sprintf("live heap %s at or above the threshold %s", ... argument...) (call parameter) at ./tuner.go:190:28
./tuner.go:190:119: formatBytes(int64(target)) escapes to heap in decide:
./tuner.go:190:119:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(target))}:
./tuner.go:190:119:     from formatBytes(int64(target)) (spill) at ./tuner.go:190:119
./tuner.go:190:119:     from ... argument (slice-literal-element) at ./tuner.go:190:28
./tuner.go:190:119:   flow: {heap} ← {storage for ... argument}:
./tuner.go:190:119:     from ... argument (spill) at ./tuner.go:190:28
./tuner.go:190:119:     from fmt.Sprintf("live heap %s at or above the threshold %s", ... argument...) (call parameter) at ./tuner.go:190:28
./tuner.go:175:13: o does not escape
./tuner.go:175:39: now does not escape
./tuner.go:175:44: prev does not escape
./tuner.go:185:28: ... argument does not escape
./tuner.go:185:112: 100 * step.GCCPU escapes to heap
./tuner.go:185:128: 100 * o.MaxGCCPU escapes to heap
./tuner.go:190:28: ... argument does not escape
./tuner.go:190:85: formatBytes(int64(now.HeapLive)) escapes to heap
./tuner.go:190:119: formatBytes(int64(target)) escapes to heap
./tuner.go:170:7: new(gcSentinel) escapes to heap in (*Tuner).onGC:
./tuner.go:170:7:   flow: {heap} ← &{storage for new(gcSentinel)}:
./tuner.go:170:7:     from new(gcSentinel) (spill) at ./tuner.go:170:7
./tuner.go:170:7:     from runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8](&runtime..dict.AddCleanup[main.gcSentinel,*main.Tuner], new(gcSentinel), (*Tuner).onGC, t) (call parameter) at ./tuner.go:170:7
./tuner.go:154:12: (*Tuner).onGC capturing by value: .autotmp_1 (addr=false assign=false width=8)
./tuner.go:152:7: parameter t leaks to {heap} for (*Tuner).onGC with derefs=0:
./tuner.go:152:7:   flow: t ← t:
./tuner.go:152:7:     from t := t (assign-pair) at ./tuner.go:170:7
./tuner.go:152:7:   flow: {heap} ← t:
./tuner.go:152:7:     from runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8](&runtime..dict.AddCleanup[main.gcSentinel,*main.Tuner], new(gcSentinel), (*Tuner).onGC, t) (call parameter) at ./tuner.go:170:7
./tuner.go:152:7: leaking param: t
./tuner.go:170:7: new(gcSentinel) escapes to heap
./tuner.go:137:9: StartTuner ignoring self-assignment in t.gogc = t.original
./tuner.go:138:7: new(gcSentinel) escapes to heap in StartTuner:
./tuner.go:138:7:   flow: {heap} ← &{storage for new(gcSentinel)}:
./tuner.go:138:7:     from new(gcSentinel) (spill) at ./tuner.go:138:7
./tuner.go:138:7:     from runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8](&runtime..dict.AddCleanup[main.gcSentinel,*main.Tuner], new(gcSentinel), (*Tuner).onGC, t) (call parameter) at ./tuner.go:138:7
./tuner.go:133:7: &Tuner{...} escapes to heap in StartTuner:
./tuner.go:133:7:   flow: t ← &{storage for &Tuner{...}}:
./tuner.go:133:7:     from &Tuner{...} (spill) at ./tuner.go:133:7
./tuner.go:133:7:     from t := &Tuner{...} (assign) at ./tuner.go:133:4
./tuner.go:133:7:   flow: t ← t:
./tuner.go:133:7:     from t := t (assign-pair) at ./tuner.go:138:7
./tuner.go:133:7:   flow: {heap} ← t:
./tuner.go:133:7:     from runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8](&runtime..dict.AddCleanup[main.gcSentinel,*main.Tuner], new(gcSentinel), (*Tuner).onGC, t) (call parameter) at ./tuner.go:138:7
./tuner.go:110:17: parameter o leaks to {storage for &Tuner{...}} for StartTuner with derefs=0:
./tuner.go:110:17:   flow: {storage for &Tuner{...}} ← o:
./tuner.go:110:17:     from Tuner{...} (struct literal element) at ./tuner.go:133:13
./tuner.go:110:17: leaking param: o
./tuner.go:133:7: &Tuner{...} escapes to heap
./tuner.go:138:7: new(gcSentinel) escapes to heap
./tuner.go:214:12: (*Tuner).GOGC capturing by value: .autotmp_2 (addr=false assign=false width=8)
./tuner.go:212:7: parameter t leaks to {heap} for (*Tuner).GOGC with derefs=0:
./tuner.go:212:7:   flow: sync.m ← t:
./tuner.go:212:7:     from t.mu (dot of pointer) at ./tuner.go:213:3
./tuner.go:212:7:     from t.mu (address-of) at ./tuner.go:213:6
./tuner.go:212:7:     from sync.m := t.mu (assign-pair) at ./tuner.go:213:11
./tuner.go:212:7:   flow: sync.m ← sync.m:
./tuner.go:212:7:     from sync.m.mu (dot of pointer) at ./tuner.go:213:11
./tuner.go:212:7:     from sync.m.mu (address-of) at ./tuner.go:213:11
./tuner.go:212:7:     from sync.m := sync.m.mu (assign-pair) at ./tuner.go:213:11
./tuner.go:212:7:   flow: {heap} ← sync.m:
./tuner.go:212:7:     from (*sync.Mutex).lockSlow(sync.m) (call parameter) at ./tuner.go:213:11
./tuner.go:212:7: leaking param: t
./tuner.go:203:12: (*Tuner).Stop capturing by value: .autotmp_3 (addr=false assign=false width=8)
./tuner.go:201:7: parameter t leaks to {heap} for (*Tuner).Stop with derefs=0:
./tuner.go:201:7:   flow: sync.m ← t:
./tuner.go:201:7:     from t.mu (dot of pointer) at ./tuner.go:202:3
./tuner.go:201:7:     from t.mu (address-of) at ./tuner.go:202:6
./tuner.go:201:7:     from sync.m := t.mu (assign-pair) at ./tuner.go:202:11
./tuner.go:201:7:   flow: sync.m ← sync.m:
./tuner.go:201:7:     from sync.m.mu (dot of pointer) at ./tuner.go:202:11
./tuner.go:201:7:     from sync.m.mu (address-of) at ./tuner.go:202:11
./tuner.go:201:7:     from sync.m := sync.m.mu (assign-pair) at ./tuner.go:202:11
./tuner.go:201:7:   flow: {heap} ← sync.m:
./tuner.go:201:7:     from (*sync.Mutex).lockSlow(sync.m) (call parameter) at ./tuner.go:202:11
./tuner.go:201:7: leaking param: t
./tune.go:199:48: g escapes to heap in startWorkloadTuner.func3:
./tune.go:199:48:   flow: {storage for ... argument} ← &{storage for g}:
./tune.go:199:48:     from g (spill) at ./tune.go:199:48
./tune.go:199:48:     from ... argument (slice-literal-element) at ./tune.go:199:22
./tune.go:199:48:   flow: {heap} ← {storage for ... argument}:
./tune.go:199:48:     from ... argument (spill) at ./tune.go:199:22
./tune.go:199:48:     from fmt.Sprintf("gctuner: last GOGC %d", ... argument...) (call parameter) at ./tune.go:199:22
./tune.go:199:22: ... argument does not escape
./tune.go:199:48: g escapes to heap
./tune.go:182:3: startWorkloadTuner capturing by value: t (addr=false assign=false width=8)
./tune.go:189:78: steps escapes to heap in startWorkloadTuner.func2:
./tune.go:189:78:   flow: {storage for ... argument} ← &{storage for steps}:
./tune.go:189:78:     from steps (spill) at ./tune.go:189:78
./tune.go:189:78:     from ... argument (slice-literal-element) at ./tune.go:189:22
./tune.go:189:78:   flow: {heap} ← {storage for ... argument}:
./tune.go:189:78:     from ... argument (spill) at ./tune.go:189:22
./tune.go:189:78:     from fmt.Sprintf("tuner: %d steps, last GOGC %d, guard fired %d times", ... argument...) (call parameter) at ./tune.go:189:22
./tune.go:189:85: g escapes to heap in startWorkloadTuner.func2:
./tune.go:189:85:   flow: {storage for ... argument} ← &{storage for g}:
./tune.go:189:85:     from g (spill) at ./tune.go:189:85
./tune.go:189:85:     from ... argument (slice-literal-element) at ./tune.go:189:22
./tune.go:189:85:   flow: {heap} ← {storage for ... argument}:
./tune.go:189:85:     from ... argument (spill) at ./tune.go:189:22
./tune.go:189:85:     from fmt.Sprintf("tuner: %d steps, last GOGC %d, guard fired %d times", ... argument...) (call parameter) at ./tune.go:189:22
./tune.go:189:88: guards escapes to heap in startWorkloadTuner.func2:
./tune.go:189:88:   flow: {storage for ... argument} ← &{storage for guards}:
./tune.go:189:88:     from guards (spill) at ./tune.go:189:88
./tune.go:189:88:     from ... argument (slice-literal-element) at ./tune.go:189:22
./tune.go:189:88:   flow: {heap} ← {storage for ... argument}:
./tune.go:189:88:     from ... argument (spill) at ./tune.go:189:22
./tune.go:189:88:     from fmt.Sprintf("tuner: %d steps, last GOGC %d, guard fired %d times", ... argument...) (call parameter) at ./tune.go:189:22
./tune.go:202:78: name escapes to heap in startWorkloadTuner:
./tune.go:202:78:   flow: {storage for ... argument} ← &{storage for name}:
./tune.go:202:78:     from name (spill) at ./tune.go:202:78
./tune.go:202:78:     from ... argument (slice-literal-element) at ./tune.go:202:24
./tune.go:202:78:   flow: fmt.a ← &{storage for ... argument}:
./tune.go:202:78:     from ... argument (spill) at ./tune.go:202:24
./tune.go:202:78:     from fmt.format, fmt.a := "unknown tuner %q (want none, ours or gctuner): %w", ... argument (assign-pair) at ./tune.go:202:24
./tune.go:202:78:   flow: {heap} ← *fmt.a:
./tune.go:202:78:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./tune.go:202:24
./tune.go:177:25: parameter name leaks to {storage for name} for startWorkloadTuner with derefs=0:
./tune.go:177:25:   flow: {storage for name} ← name:
./tune.go:177:25:     from name (interface-converted) at ./tune.go:202:78
./tune.go:202:24: &errors.errorString{...} escapes to heap in startWorkloadTuner:
./tune.go:202:24:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./tune.go:202:24:     from &errors.errorString{...} (spill) at ./tune.go:202:24
./tune.go:202:24:     from &errors.errorString{...} (interface-converted) at ./tune.go:202:24
./tune.go:202:24:     from ~r0 = &errors.errorString{...} (assign-pair) at ./tune.go:202:24
./tune.go:202:24:   flow: fmt.err ← ~r0:
./tune.go:202:24:     from fmt.err = ~r0 (assign-pair) at ./tune.go:202:24
./tune.go:202:24:   flow: err ← fmt.err:
./tune.go:202:24:     from return nil, fmt.err (return) at ./tune.go:202:2
./tune.go:180:10: func literal escapes to heap in startWorkloadTuner:
./tune.go:180:10:   flow: stop ← &{storage for func literal}:
./tune.go:180:10:     from func literal (spill) at ./tune.go:180:10
./tune.go:180:10:     from return func literal, nil (return) at ./tune.go:180:3
./tune.go:186:10: func literal escapes to heap in startWorkloadTuner:
./tune.go:186:10:   flow: stop ← &{storage for func literal}:
./tune.go:186:10:     from func literal (spill) at ./tune.go:186:10
./tune.go:186:10:     from return func literal, nil (return) at ./tune.go:186:3
./tune.go:196:10: func literal escapes to heap in startWorkloadTuner:
./tune.go:196:10:   flow: stop ← &{storage for func literal}:
./tune.go:196:10:     from func literal (spill) at ./tune.go:196:10
./tune.go:196:10:     from return func literal, nil (return) at ./tune.go:196:3
./tune.go:177:25: leaking param: name
./tune.go:180:10: func literal escapes to heap
./tune.go:186:10: func literal escapes to heap
./tune.go:189:22: ... argument does not escape
./tune.go:189:78: steps escapes to heap
./tune.go:189:85: g escapes to heap
./tune.go:189:88: guards escapes to heap
./tune.go:196:10: func literal escapes to heap
./tune.go:202:24: ... argument does not escape
./tune.go:202:78: name escapes to heap
./tune.go:202:24: &errors.errorString{...} escapes to heap
./metrics.go:150:19: counts does not escape
./metrics.go:150:36: buckets does not escape
./metrics.go:123:7: s does not escape
./metrics.go:123:25: earlier does not escape
./metrics.go:134:17: make([]uint64, len(s.Pauses.Counts)) does not escape
./workload.go:104:33: peakRSS capturing by ref: strings.s (addr=false assign=true width=16)
./workload.go:104:41: string(data) escapes to heap in peakRSS:
./workload.go:104:41:   flow: strings.s ← &{storage for string(data)}:
./workload.go:104:41:     from string(data) (spill) at ./workload.go:104:41
./workload.go:104:41:     from strings.s := string(data) (assign-pair) at ./workload.go:104:33
./workload.go:104:41:   flow: strings.line ← strings.s:
./workload.go:104:41:     from strings.s[:strings.i + 1] (slice) at /usr/local/go/src/strings/iter.go:23:16
./workload.go:104:41:     from strings.line, strings.s = strings.s[:strings.i + 1], strings.s[strings.i + 1:] (assign-pair) at /usr/local/go/src/strings/iter.go:23:13
./workload.go:104:41:   flow: {heap} ← strings.line:
./workload.go:104:41:     from strings.yield(strings.line) (call parameter) at /usr/local/go/src/strings/iter.go:27:13
/usr/local/go/src/strings/iter.go:19:14: yield does not escape
./workload.go:104:41: string(data) escapes to heap
./workload.go:104:33: func literal does not escape
./workload.go:68:18: parameter ctx leaks to {heap} for runWorkload with derefs=0:
./workload.go:68:18:   flow: {heap} ← ctx:
./workload.go:68:18:     from ctx.Err() (call parameter) at ./workload.go:80:14
./workload.go:76:12: make([]byte, spec.ObjBytes) escapes to heap in runWorkload:
./workload.go:76:12:   flow: b ← &{storage for make([]byte, spec.ObjBytes)}:
./workload.go:76:12:     from make([]byte, spec.ObjBytes) (spill) at ./workload.go:76:12
./workload.go:76:12:     from b := make([]byte, spec.ObjBytes) (assign) at ./workload.go:76:5
./workload.go:76:12:   flow: {heap} ← b:
./workload.go:76:12:     from live[i % len(live)] = b (assign) at ./workload.go:78:21
./workload.go:68:18: leaking param: ctx
./workload.go:70:14: make([][]byte, spec.LiveMiB << uint(20) / spec.ObjBytes) does not escape
./workload.go:76:12: make([]byte, spec.ObjBytes) escapes to heap
./main.go:212:15: flag.f.defaultUsage escapes to heap in runWorkloadCmd:
./main.go:212:15:   flow: {heap} ← &{storage for flag.f.defaultUsage}:
./main.go:212:15:     from flag.f.defaultUsage (spill) at ./main.go:212:15
./main.go:212:15:     from flag.f.Usage = flag.f.defaultUsage (assign) at ./main.go:212:15
./main.go:212:15: func literal escapes to heap in runWorkloadCmd:
./main.go:212:15:   flow: {heap} ← &{storage for func literal}:
./main.go:212:15:     from func literal (spill) at ./main.go:212:15
./main.go:212:15:     from fs.Usage = func literal (assign) at ./main.go:212:15
./main.go:234:40: res escapes to heap in runWorkloadCmd:
./main.go:234:40:   flow: {heap} ← &{storage for res}:
./main.go:234:40:     from res (spill) at ./main.go:234:40
./main.go:234:40:     from (*json.Encoder).Encode(~r0, res) (call parameter) at ./main.go:234:39
./main.go:211:42: parameter c leaks to {heap} for runWorkloadCmd with derefs=1:
./main.go:211:42:   flow: {heap} ← *c:
./main.go:211:42:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:219:19
./main.go:211:54: parameter args leaks to {heap} for runWorkloadCmd with derefs=0:
./main.go:211:54:   flow: {heap} ← args:
./main.go:211:54:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:219:19
./main.go:211:69: parameter stdout leaks to {heap} for runWorkloadCmd with derefs=0:
./main.go:211:69:   flow: {heap} ← stdout:
./main.go:211:69:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:219:19
./main.go:211:21: parameter ctx leaks to {heap} for runWorkloadCmd with derefs=0:
./main.go:211:21:   flow: {heap} ← ctx:
./main.go:211:21:     from runWorkload(ctx, spec) (call parameter) at ./main.go:232:20
./main.go:226:61: *tuner escapes to heap in runWorkloadCmd:
./main.go:226:61:   flow: {storage for ... argument} ← &{storage for *tuner}:
./main.go:226:61:     from *tuner (spill) at ./main.go:226:61
./main.go:226:61:     from ... argument (slice-literal-element) at ./main.go:226:20
./main.go:226:61:   flow: fmt.a ← &{storage for ... argument}:
./main.go:226:61:     from ... argument (spill) at ./main.go:226:20
./main.go:226:61:     from fmt.format, fmt.a := "workload: -tuner %s needs -limit: %w", ... argument (assign-pair) at ./main.go:226:20
./main.go:226:61:   flow: {heap} ← *fmt.a:
./main.go:226:61:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:226:20
./main.go:213:6: spec escapes to heap in runWorkloadCmd:
./main.go:213:6:   flow: flag.p ← &spec:
./main.go:213:6:     from spec.LiveMiB (dot) at ./main.go:214:17
./main.go:213:6:     from &spec.LiveMiB (address-of) at ./main.go:214:12
./main.go:213:6:     from flag.f, flag.p, flag.name, flag.value, flag.usage := fs, &spec.LiveMiB, "live", 32, "live heap kept throughout, MiB" (assign-pair) at ./main.go:214:11
./main.go:213:6:   flow: flag.p ← flag.p:
./main.go:213:6:     from flag.val, flag.p := flag.value, flag.p (assign-pair) at ./main.go:214:11
./main.go:213:6:   flow: ~r0 ← flag.p:
./main.go:213:6:     from ~r0 = (*flag.intValue)(flag.p) (assign-pair) at ./main.go:214:11
./main.go:213:6:   flow: {heap} ← ~r0:
./main.go:213:6:     from ~r0 (interface-converted) at ./main.go:214:11
./main.go:213:6:     from (*flag.FlagSet).Var(flag.f, ~r0, flag.name, flag.usage) (call parameter) at ./main.go:214:11
./main.go:212:15: &flag.FlagSet{...} escapes to heap in runWorkloadCmd:
./main.go:212:15:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:212:15:     from &flag.FlagSet{...} (spill) at ./main.go:212:15
./main.go:212:15:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:212:15
./main.go:212:15:   flow: {temp} ← flag.f:
./main.go:212:15:   flow: {storage for flag.f.defaultUsage} ← {temp}:
./main.go:211:42: parameter c leaks to {storage for &flag.FlagSet{...}} for runWorkloadCmd with derefs=1:
./main.go:211:42:   flow: c ← c:
./main.go:211:42:     from c, _ := c, 0 (assign-pair) at ./main.go:212:15
./main.go:211:42:   flow: flag.name ← *c:
./main.go:211:42:     from c.name (dot of pointer) at ./main.go:212:15
./main.go:211:42:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:212:15
./main.go:211:42:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:211:42:     from flag.FlagSet{...} (struct literal element) at ./main.go:212:15
./main.go:223:20: &errors.errorString{...} escapes to heap in runWorkloadCmd:
./main.go:223:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:223:20:     from &errors.errorString{...} (spill) at ./main.go:223:20
./main.go:223:20:     from &errors.errorString{...} (interface-converted) at ./main.go:223:20
./main.go:223:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:223:20
./main.go:223:20:   flow: fmt.err ← ~r0:
./main.go:223:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:223:20
./main.go:223:20:   flow: ~r0 ← fmt.err:
./main.go:223:20:     from return fmt.err (return) at ./main.go:223:3
./main.go:226:20: &errors.errorString{...} escapes to heap in runWorkloadCmd:
./main.go:226:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:226:20:     from &errors.errorString{...} (spill) at ./main.go:226:20
./main.go:226:20:     from &errors.errorString{...} (interface-converted) at ./main.go:226:20
./main.go:226:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:226:20
./main.go:226:20:   flow: fmt.err ← ~r0:
./main.go:226:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:226:20
./main.go:226:20:   flow: ~r0 ← fmt.err:
./main.go:226:20:     from return fmt.err (return) at ./main.go:226:3
./main.go:230:20: &errors.errorString{...} escapes to heap in runWorkloadCmd:
./main.go:230:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:230:20:     from &errors.errorString{...} (spill) at ./main.go:230:20
./main.go:230:20:     from &errors.errorString{...} (interface-converted) at ./main.go:230:20
./main.go:230:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:230:20
./main.go:230:20:   flow: fmt.err ← ~r0:
./main.go:230:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:230:20
./main.go:230:20:   flow: ~r0 ← fmt.err:
./main.go:230:20:     from return fmt.err (return) at ./main.go:230:3
./main.go:211:21: leaking param: ctx
./main.go:211:42: leaking param content: c
./main.go:211:54: leaking param: args
./main.go:211:69: leaking param: stdout
./main.go:211:77: stderr does not escape
./main.go:213:6: moved to heap: spec
./main.go:212:15: &flag.FlagSet{...} escapes to heap
./main.go:212:15: flag.f.defaultUsage escapes to heap
./main.go:212:15: func literal escapes to heap
./main.go:223:20: ... argument does not escape
./main.go:223:20: &errors.errorString{...} escapes to heap
./main.go:226:20: ... argument does not escape
./main.go:226:61: *tuner escapes to heap
./main.go:226:20: &errors.errorString{...} escapes to heap
./main.go:230:20: ... argument does not escape
./main.go:230:20: &errors.errorString{...} escapes to heap
./main.go:234:24: &json.Encoder{...} does not escape
./main.go:234:40: res escapes to heap
./tuner.go:228:2: CgroupMemoryLimit capturing by value: .autotmp_8 (addr=false assign=false width=8)
./tuner.go:223:24: parameter procCgroup leaks to {heap} for CgroupMemoryLimit with derefs=0:
./tuner.go:223:24:   flow: os.name ← procCgroup:
./tuner.go:223:24:     from os.name := procCgroup (assign-pair) at ./tuner.go:224:19
./tuner.go:223:24:   flow: {heap} ← os.name:
./tuner.go:223:24:     from os.OpenFile(os.name, 0, fs.FileMode(0)) (call parameter) at ./tuner.go:224:19
./tuner.go:232:34: string(bufio.s.token) escapes to heap in CgroupMemoryLimit:
./tuner.go:232:34:   flow: ~r0 ← &{storage for string(bufio.s.token)}:
./tuner.go:232:34:     from string(bufio.s.token) (spill) at ./tuner.go:232:34
./tuner.go:232:34:     from ~r0 = string(bufio.s.token) (assign-pair) at ./tuner.go:232:34
./tuner.go:232:34:   flow: strings.s ← ~r0:
./tuner.go:232:34:     from strings.s, strings.sep, strings.n := ~r0, ":", 3 (assign-pair) at ./tuner.go:232:26
./tuner.go:232:34:   flow: {heap} ← strings.s:
./tuner.go:232:34:     from strings.genSplit(strings.s, strings.sep, 0, strings.n) (call parameter) at ./tuner.go:232:26
./tuner.go:256:68: procCgroup escapes to heap in CgroupMemoryLimit:
./tuner.go:256:68:   flow: {storage for ... argument} ← &{storage for procCgroup}:
./tuner.go:256:68:     from procCgroup (spill) at ./tuner.go:256:68
./tuner.go:256:68:     from ... argument (slice-literal-element) at ./tuner.go:256:23
./tuner.go:256:68:   flow: fmt.a ← &{storage for ... argument}:
./tuner.go:256:68:     from ... argument (spill) at ./tuner.go:256:23
./tuner.go:256:68:     from fmt.format, fmt.a := "cgroup limit: no memory cgroup in %s: %w", ... argument (assign-pair) at ./tuner.go:256:23
./tuner.go:256:68:   flow: {heap} ← *fmt.a:
./tuner.go:256:68:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./tuner.go:256:23
./tuner.go:272:55: file escapes to heap in CgroupMemoryLimit:
./tuner.go:272:55:   flow: {storage for ... argument} ← &{storage for file}:
./tuner.go:272:55:     from file (spill) at ./tuner.go:272:55
./tuner.go:272:55:     from ... argument (slice-literal-element) at ./tuner.go:272:23
./tuner.go:272:55:   flow: fmt.a ← &{storage for ... argument}:
./tuner.go:272:55:     from ... argument (spill) at ./tuner.go:272:23
./tuner.go:272:55:     from fmt.format, fmt.a := "cgroup limit: %s is max: %w", ... argument (assign-pair) at ./tuner.go:272:23
./tuner.go:272:55:   flow: {heap} ← *fmt.a:
./tuner.go:272:55:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./tuner.go:272:23
./tuner.go:276:48: file escapes to heap in CgroupMemoryLimit:
./tuner.go:276:48:   flow: {storage for ... argument} ← &{storage for file}:
./tuner.go:276:48:     from file (spill) at ./tuner.go:276:48
./tuner.go:276:48:     from ... argument (slice-literal-element) at ./tuner.go:276:23
./tuner.go:276:48:   flow: fmt.a ← &{storage for ... argument}:
./tuner.go:276:48:     from ... argument (spill) at ./tuner.go:276:23
./tuner.go:276:48:     from fmt.format, fmt.a := "cgroup limit: %s: %w", ... argument (assign-pair) at ./tuner.go:276:23
./tuner.go:276:48:   flow: {heap} ← *fmt.a:
./tuner.go:276:48:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./tuner.go:276:23
./tuner.go:279:61: file escapes to heap in CgroupMemoryLimit:
./tuner.go:279:61:   flow: {storage for ... argument} ← &{storage for file}:
./tuner.go:279:61:     from file (spill) at ./tuner.go:279:61
./tuner.go:279:61:     from ... argument (slice-literal-element) at ./tuner.go:279:23
./tuner.go:279:61:   flow: fmt.a ← &{storage for ... argument}:
./tuner.go:279:61:     from ... argument (spill) at ./tuner.go:279:23
./tuner.go:279:61:     from fmt.format, fmt.a := "cgroup limit: %s is unlimited: %w", ... argument (assign-pair) at ./tuner.go:279:23
./tuner.go:279:61:   flow: {heap} ← *fmt.a:
./tuner.go:279:61:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./tuner.go:279:23
./tuner.go:223:36: parameter root leaks to {heap} for CgroupMemoryLimit with derefs=0:
./tuner.go:223:36:   flow: {storage for ... argument} ← root:
./tuner.go:223:36:     from ... argument (slice-literal-element) at ./tuner.go:250:38
./tuner.go:223:36:   flow: filepath.elem ← &{storage for ... argument}:
./tuner.go:223:36:     from ... argument (spill) at ./tuner.go:250:38
./tuner.go:223:36:     from filepath.elem := ... argument (assign-pair) at ./tuner.go:250:38
./tuner.go:223:36:   flow: {temp} ← filepath.elem:
./tuner.go:223:36:     from filepath.join(filepath.elem) (call parameter) at ./tuner.go:250:38
./tuner.go:223:36:   flow: ~r0 ← *{temp}:
./tuner.go:223:36:     from ~r0 = filepath.join(filepath.elem) (assign-pair) at ./tuner.go:250:38
./tuner.go:223:36:   flow: {heap} ← ~r0:
./tuner.go:223:36:     from append(files, ~r0) (call parameter) at ./tuner.go:250:17
./tuner.go:250:63: "/" + v2 escapes to heap in CgroupMemoryLimit:
./tuner.go:250:63:   flow: filepath.path ← &{storage for "/" + v2}:
./tuner.go:250:63:     from "/" + v2 (spill) at ./tuner.go:250:63
./tuner.go:250:63:     from filepath.path := "/" + v2 (assign-pair) at ./tuner.go:250:59
./tuner.go:250:63:   flow: {temp} ← filepath.path:
./tuner.go:250:63:     from filepathlite.Clean(filepath.path) (call parameter) at ./tuner.go:250:59
./tuner.go:250:63:   flow: ~r0 ← {temp}:
./tuner.go:250:63:     from ~r0 = filepathlite.Clean(filepath.path) (assign-pair) at ./tuner.go:250:59
./tuner.go:250:63:   flow: {storage for ... argument} ← ~r0:
./tuner.go:250:63:     from ... argument (slice-literal-element) at ./tuner.go:250:38
./tuner.go:250:63:   flow: filepath.elem ← &{storage for ... argument}:
./tuner.go:250:63:     from ... argument (spill) at ./tuner.go:250:38
./tuner.go:250:63:     from filepath.elem := ... argument (assign-pair) at ./tuner.go:250:38
./tuner.go:250:63:   flow: {temp} ← filepath.elem:
./tuner.go:250:63:     from filepath.join(filepath.elem) (call parameter) at ./tuner.go:250:38
./tuner.go:250:63:   flow: ~r0 ← *{temp}:
./tuner.go:250:63:     from ~r0 = filepath.join(filepath.elem) (assign-pair) at ./tuner.go:250:38
./tuner.go:250:63:   flow: {heap} ← ~r0:
./tuner.go:250:63:     from append(files, ~r0) (call parameter) at ./tuner.go:250:17
./tuner.go:253:73: "/" + v1 escapes to heap in CgroupMemoryLimit:
./tuner.go:253:73:   flow: filepath.path ← &{storage for "/" + v1}:
./tuner.go:253:73:     from "/" + v1 (spill) at ./tuner.go:253:73
./tuner.go:253:73:     from filepath.path := "/" + v1 (assign-pair) at ./tuner.go:253:69
./tuner.go:253:73:   flow: {temp} ← filepath.path:
./tuner.go:253:73:     from filepathlite.Clean(filepath.path) (call parameter) at ./tuner.go:253:69
./tuner.go:253:73:   flow: ~r0 ← {temp}:
./tuner.go:253:73:     from ~r0 = filepathlite.Clean(filepath.path) (assign-pair) at ./tuner.go:253:69
./tuner.go:253:73:   flow: {storage for ... argument} ← ~r0:
./tuner.go:253:73:     from ... argument (slice-literal-element) at ./tuner.go:253:38
./tuner.go:253:73:   flow: filepath.elem ← &{storage for ... argument}:
./tuner.go:253:73:     from ... argument (spill) at ./tuner.go:253:38
./tuner.go:253:73:     from filepath.elem := ... argument (assign-pair) at ./tuner.go:253:38
./tuner.go:253:73:   flow: {temp} ← filepath.elem:
./tuner.go:253:73:     from filepath.join(filepath.elem) (call parameter) at ./tuner.go:253:38
./tuner.go:253:73:   flow: ~r0 ← *{temp}:
./tuner.go:253:73:     from ~r0 = filepath.join(filepath.elem) (assign-pair) at ./tuner.go:253:38
./tuner.go:253:73:   flow: {heap} ← ~r0:
./tuner.go:253:73:     from append(files, ~r0) (call parameter) at ./tuner.go:253:17
./tuner.go:223:24: parameter procCgroup leaks to {storage for procCgroup} for CgroupMemoryLimit with derefs=0:
./tuner.go:223:24:   flow: {storage for procCgroup} ← procCgroup:
./tuner.go:223:24:     from procCgroup (interface-converted) at ./tuner.go:256:68
./tuner.go:226:23: &errors.errorString{...} escapes to heap in CgroupMemoryLimit:
./tuner.go:226:23:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./tuner.go:226:23:     from &errors.errorString{...} (spill) at ./tuner.go:226:23
./tuner.go:226:23:     from &errors.errorString{...} (interface-converted) at ./tuner.go:226:23
./tuner.go:226:23:     from ~r0 = &errors.errorString{...} (assign-pair) at ./tuner.go:226:23
./tuner.go:226:23:   flow: fmt.err ← ~r0:
./tuner.go:226:23:     from fmt.err = ~r0 (assign-pair) at ./tuner.go:226:23
./tuner.go:226:23:   flow: ~r1 ← fmt.err:
./tuner.go:226:23:     from return uint64(0), fmt.err (return) at ./tuner.go:226:3
./tuner.go:244:23: &errors.errorString{...} escapes to heap in CgroupMemoryLimit:
./tuner.go:244:23:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./tuner.go:244:23:     from &errors.errorString{...} (spill) at ./tuner.go:244:23
./tuner.go:244:23:     from &errors.errorString{...} (interface-converted) at ./tuner.go:244:23
./tuner.go:244:23:     from ~r0 = &errors.errorString{...} (assign-pair) at ./tuner.go:244:23
./tuner.go:244:23:   flow: fmt.err ← ~r0:
./tuner.go:244:23:     from fmt.err = ~r0 (assign-pair) at ./tuner.go:244:23
./tuner.go:244:23:   flow: ~r1 ← fmt.err:
./tuner.go:244:23:     from return uint64(0), fmt.err (return) at ./tuner.go:244:3
./tuner.go:256:23: &errors.errorString{...} escapes to heap in CgroupMemoryLimit:
./tuner.go:256:23:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./tuner.go:256:23:     from &errors.errorString{...} (spill) at ./tuner.go:256:23
./tuner.go:256:23:     from &errors.errorString{...} (interface-converted) at ./tuner.go:256:23
./tuner.go:256:23:     from ~r0 = &errors.errorString{...} (assign-pair) at ./tuner.go:256:23
./tuner.go:256:23:   flow: fmt.err ← ~r0:
./tuner.go:256:23:     from fmt.err = ~r0 (assign-pair) at ./tuner.go:256:23
./tuner.go:256:23:   flow: ~r1 ← fmt.err:
./tuner.go:256:23:     from return uint64(0), fmt.err (return) at ./tuner.go:256:3
./tuner.go:268:23: &errors.errorString{...} escapes to heap in CgroupMemoryLimit:
./tuner.go:268:23:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./tuner.go:268:23:     from &errors.errorString{...} (spill) at ./tuner.go:268:23
./tuner.go:268:23:     from &errors.errorString{...} (interface-converted) at ./tuner.go:268:23
./tuner.go:268:23:     from ~r0 = &errors.errorString{...} (assign-pair) at ./tuner.go:268:23
./tuner.go:268:23:   flow: fmt.err ← ~r0:
./tuner.go:268:23:     from fmt.err = ~r0 (assign-pair) at ./tuner.go:268:23
./tuner.go:268:23:   flow: ~r1 ← fmt.err:
./tuner.go:268:23:     from return uint64(0), fmt.err (return) at ./tuner.go:268:3
./tuner.go:272:23: &errors.errorString{...} escapes to heap in CgroupMemoryLimit:
./tuner.go:272:23:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./tuner.go:272:23:     from &errors.errorString{...} (spill) at ./tuner.go:272:23
./tuner.go:272:23:     from &errors.errorString{...} (interface-converted) at ./tuner.go:272:23
./tuner.go:272:23:     from ~r0 = &errors.errorString{...} (assign-pair) at ./tuner.go:272:23
./tuner.go:272:23:   flow: fmt.err ← ~r0:
./tuner.go:272:23:     from fmt.err = ~r0 (assign-pair) at ./tuner.go:272:23
./tuner.go:272:23:   flow: ~r1 ← fmt.err:
./tuner.go:272:23:     from return uint64(0), fmt.err (return) at ./tuner.go:272:3
./tuner.go:276:23: &errors.errorString{...} escapes to heap in CgroupMemoryLimit:
./tuner.go:276:23:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./tuner.go:276:23:     from &errors.errorString{...} (spill) at ./tuner.go:276:23
./tuner.go:276:23:     from &errors.errorString{...} (interface-converted) at ./tuner.go:276:23
./tuner.go:276:23:     from ~r0 = &errors.errorString{...} (assign-pair) at ./tuner.go:276:23
./tuner.go:276:23:   flow: fmt.err ← ~r0:
./tuner.go:276:23:     from fmt.err = ~r0 (assign-pair) at ./tuner.go:276:23
./tuner.go:276:23:   flow: ~r1 ← fmt.err:
./tuner.go:276:23:     from return uint64(0), fmt.err (return) at ./tuner.go:276:3
./tuner.go:279:23: &errors.errorString{...} escapes to heap in CgroupMemoryLimit:
./tuner.go:279:23:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./tuner.go:279:23:     from &errors.errorString{...} (spill) at ./tuner.go:279:23
./tuner.go:279:23:     from &errors.errorString{...} (interface-converted) at ./tuner.go:279:23
./tuner.go:279:23:     from ~r0 = &errors.errorString{...} (assign-pair) at ./tuner.go:279:23
./tuner.go:279:23:   flow: fmt.err ← ~r0:
./tuner.go:279:23:     from fmt.err = ~r0 (assign-pair) at ./tuner.go:279:23
./tuner.go:279:23:   flow: ~r1 ← fmt.err:
./tuner.go:279:23:     from return uint64(0), fmt.err (return) at ./tuner.go:279:3
./tuner.go:223:24: leaking param: procCgroup
./tuner.go:223:36: leaking param: root
./tuner.go:226:23: ... argument does not escape
./tuner.go:226:23: &errors.errorString{...} escapes to heap
./tuner.go:230:24: &bufio.Scanner{...} does not escape
./tuner.go:232:34: string(bufio.s.token) escapes to heap
./tuner.go:239:37: "," + parts[1] + "," does not escape
./tuner.go:244:23: ... argument does not escape
./tuner.go:244:23: &errors.errorString{...} escapes to heap
./tuner.go:250:38: ... argument does not escape
./tuner.go:250:63: "/" + v2 escapes to heap
./tuner.go:250:17: append does not escape
./tuner.go:253:38: ... argument does not escape
./tuner.go:253:73: "/" + v1 escapes to heap
./tuner.go:253:17: append does not escape
./tuner.go:256:23: ... argument does not escape
./tuner.go:256:68: procCgroup escapes to heap
./tuner.go:256:23: &errors.errorString{...} escapes to heap
./tuner.go:268:23: ... argument does not escape
./tuner.go:268:23: &errors.errorString{...} escapes to heap
./tuner.go:270:32: string(data) does not escape
./tuner.go:272:23: ... argument does not escape
./tuner.go:272:55: file escapes to heap
./tuner.go:272:23: &errors.errorString{...} escapes to heap
./tuner.go:276:23: ... argument does not escape
./tuner.go:276:48: file escapes to heap
./tuner.go:276:23: &errors.errorString{...} escapes to heap
./tuner.go:279:23: ... argument does not escape
./tuner.go:279:61: file escapes to heap
./tuner.go:279:23: &errors.errorString{...} escapes to heap
./main.go:238:15: flag.f.defaultUsage escapes to heap in runTune:
./main.go:238:15:   flow: {heap} ← &{storage for flag.f.defaultUsage}:
./main.go:238:15:     from flag.f.defaultUsage (spill) at ./main.go:238:15
./main.go:238:15:     from flag.f.Usage = flag.f.defaultUsage (assign) at ./main.go:238:15
./main.go:238:15: func literal escapes to heap in runTune:
./main.go:238:15:   flow: {heap} ← &{storage for func literal}:
./main.go:238:15:     from func literal (spill) at ./main.go:238:15
./main.go:238:15:     from fs.Usage = func literal (assign) at ./main.go:238:15
./main.go:237:35: parameter c leaks to {heap} for runTune with derefs=1:
./main.go:237:35:   flow: {heap} ← *c:
./main.go:237:35:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:244:19
./main.go:237:47: parameter args leaks to {heap} for runTune with derefs=0:
./main.go:237:47:   flow: {heap} ← args:
./main.go:237:47:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:244:19
./main.go:237:62: parameter stdout leaks to {heap} for runTune with derefs=0:
./main.go:237:62:   flow: {heap} ← stdout:
./main.go:237:62:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:244:19
./main.go:237:14: parameter ctx leaks to {heap} for runTune with derefs=0:
./main.go:237:14:   flow: {heap} ← ctx:
./main.go:237:14:     from RunTune(ctx, spec) (call parameter) at ./main.go:259:22
./main.go:257:65: formatBytes(int64(l)) escapes to heap in runTune:
./main.go:257:65:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(l))}:
./main.go:257:65:     from formatBytes(int64(l)) (spill) at ./main.go:257:65
./main.go:257:65:     from ... argument (slice-literal-element) at ./main.go:257:14
./main.go:257:65:   flow: {heap} ← {storage for ... argument}:
./main.go:257:65:     from ... argument (spill) at ./main.go:257:14
./main.go:257:65:     from fmt.Fprintf(stdout, "limit from the cgroup: %s\n", ... argument...) (call parameter) at ./main.go:257:14
./main.go:264:16: spec.Workload.LiveMiB escapes to heap in runTune:
./main.go:264:16:   flow: {storage for ... argument} ← &{storage for spec.Workload.LiveMiB}:
./main.go:264:16:     from spec.Workload.LiveMiB (spill) at ./main.go:264:16
./main.go:264:16:     from ... argument (slice-literal-element) at ./main.go:263:13
./main.go:264:16:   flow: {heap} ← {storage for ... argument}:
./main.go:264:16:     from ... argument (spill) at ./main.go:263:13
./main.go:264:16:     from fmt.Fprintf(stdout, "workload: %d MiB live, %d MiB allocated in %d-byte objects; limit %s..., ... argument...) (call parameter) at ./main.go:263:13
./main.go:264:39: spec.Workload.ChurnMiB escapes to heap in runTune:
./main.go:264:39:   flow: {storage for ... argument} ← &{storage for spec.Workload.ChurnMiB}:
./main.go:264:39:     from spec.Workload.ChurnMiB (spill) at ./main.go:264:39
./main.go:264:39:     from ... argument (slice-literal-element) at ./main.go:263:13
./main.go:264:39:   flow: {heap} ← {storage for ... argument}:
./main.go:264:39:     from ... argument (spill) at ./main.go:263:13
./main.go:264:39:     from fmt.Fprintf(stdout, "workload: %d MiB live, %d MiB allocated in %d-byte objects; limit %s..., ... argument...) (call parameter) at ./main.go:263:13
./main.go:264:78: (~r0).ObjBytes escapes to heap in runTune:
./main.go:264:78:   flow: {storage for ... argument} ← &{storage for (~r0).ObjBytes}:
./main.go:264:78:     from (~r0).ObjBytes (spill) at ./main.go:264:78
./main.go:264:78:     from ... argument (slice-literal-element) at ./main.go:263:13
./main.go:264:78:   flow: {heap} ← {storage for ... argument}:
./main.go:264:78:     from ... argument (spill) at ./main.go:263:13
./main.go:264:78:     from fmt.Fprintf(stdout, "workload: %d MiB live, %d MiB allocated in %d-byte objects; limit %s..., ... argument...) (call parameter) at ./main.go:263:13
./main.go:264:100: formatBytes(int64(spec.Limit)) escapes to heap in runTune:
./main.go:264:100:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(spec.Limit))}:
./main.go:264:100:     from formatBytes(int64(spec.Limit)) (spill) at ./main.go:264:100
./main.go:264:100:     from ... argument (slice-literal-element) at ./main.go:263:13
./main.go:264:100:   flow: {heap} ← {storage for ... argument}:
./main.go:264:100:     from ... argument (spill) at ./main.go:263:13
./main.go:264:100:     from fmt.Fprintf(stdout, "workload: %d MiB live, %d MiB allocated in %d-byte objects; limit %s..., ... argument...) (call parameter) at ./main.go:263:13
./main.go:264:125: spec.Rounds escapes to heap in runTune:
./main.go:264:125:   flow: {storage for ... argument} ← &{storage for spec.Rounds}:
./main.go:264:125:     from spec.Rounds (spill) at ./main.go:264:125
./main.go:264:125:     from ... argument (slice-literal-element) at ./main.go:263:13
./main.go:264:125:   flow: {heap} ← {storage for ... argument}:
./main.go:264:125:     from ... argument (spill) at ./main.go:263:13
./main.go:264:125:     from fmt.Fprintf(stdout, "workload: %d MiB live, %d MiB allocated in %d-byte objects; limit %s..., ... argument...) (call parameter) at ./main.go:263:13
./main.go:240:6: spec escapes to heap in runTune:
./main.go:240:6:   flow: flag.p ← &spec:
./main.go:240:6:     from spec.Workload (dot) at ./main.go:241:17
./main.go:240:6:     from spec.Workload.LiveMiB (dot) at ./main.go:241:26
./main.go:240:6:     from &spec.Workload.LiveMiB (address-of) at ./main.go:241:12
./main.go:240:6:     from flag.f, flag.p, flag.name, flag.value, flag.usage := fs, &spec.Workload.LiveMiB, "live", 32, "workload live heap, MiB" (assign-pair) at ./main.go:241:11
./main.go:240:6:   flow: flag.p ← flag.p:
./main.go:240:6:     from flag.val, flag.p := flag.value, flag.p (assign-pair) at ./main.go:241:11
./main.go:240:6:   flow: ~r0 ← flag.p:
./main.go:240:6:     from ~r0 = (*flag.intValue)(flag.p) (assign-pair) at ./main.go:241:11
./main.go:240:6:   flow: {heap} ← ~r0:
./main.go:240:6:     from ~r0 (interface-converted) at ./main.go:241:11
./main.go:240:6:     from (*flag.FlagSet).Var(flag.f, ~r0, flag.name, flag.usage) (call parameter) at ./main.go:241:11
./main.go:238:15: &flag.FlagSet{...} escapes to heap in runTune:
./main.go:238:15:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:238:15:     from &flag.FlagSet{...} (spill) at ./main.go:238:15
./main.go:238:15:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:238:15
./main.go:238:15:   flow: {temp} ← flag.f:
./main.go:238:15:   flow: {storage for flag.f.defaultUsage} ← {temp}:
./main.go:237:35: parameter c leaks to {storage for &flag.FlagSet{...}} for runTune with derefs=1:
./main.go:237:35:   flow: c ← c:
./main.go:237:35:     from c, _ := c, 0 (assign-pair) at ./main.go:238:15
./main.go:237:35:   flow: flag.name ← *c:
./main.go:237:35:     from c.name (dot of pointer) at ./main.go:238:15
./main.go:237:35:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:238:15
./main.go:237:35:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:237:35:     from flag.FlagSet{...} (struct literal element) at ./main.go:238:15
./main.go:248:20: &errors.errorString{...} escapes to heap in runTune:
./main.go:248:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:248:20:     from &errors.errorString{...} (spill) at ./main.go:248:20
./main.go:248:20:     from &errors.errorString{...} (interface-converted) at ./main.go:248:20
./main.go:248:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:248:20
./main.go:248:20:   flow: fmt.err ← ~r0:
./main.go:248:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:248:20
./main.go:248:20:   flow: ~r0 ← fmt.err:
./main.go:248:20:     from return fmt.err (return) at ./main.go:248:3
./main.go:254:21: &errors.errorString{...} escapes to heap in runTune:
./main.go:254:21:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:254:21:     from &errors.errorString{...} (spill) at ./main.go:254:21
./main.go:254:21:     from &errors.errorString{...} (interface-converted) at ./main.go:254:21
./main.go:254:21:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:254:21
./main.go:254:21:   flow: fmt.err ← ~r0:
./main.go:254:21:     from fmt.err = ~r0 (assign-pair) at ./main.go:254:21
./main.go:254:21:   flow: ~r0 ← fmt.err:
./main.go:254:21:     from return fmt.err (return) at ./main.go:254:4
./main.go:237:14: leaking param: ctx
./main.go:237:35: leaking param content: c
./main.go:237:47: leaking param: args
./main.go:237:62: leaking param: stdout
./main.go:237:70: stderr does not escape
./main.go:240:6: moved to heap: spec
./main.go:238:15: &flag.FlagSet{...} escapes to heap
./main.go:238:15: flag.f.defaultUsage escapes to heap
./main.go:238:15: func literal escapes to heap
./main.go:248:20: ... argument does not escape
./main.go:248:20: &errors.errorString{...} escapes to heap
./main.go:254:21: ... argument does not escape
./main.go:254:21: &errors.errorString{...} escapes to heap
./main.go:257:14: ... argument does not escape
./main.go:257:65: formatBytes(int64(l)) escapes to heap
./main.go:263:13: ... argument does not escape
./main.go:264:16: spec.Workload.LiveMiB escapes to heap
./main.go:264:39: spec.Workload.ChurnMiB escapes to heap
./main.go:264:78: (~r0).ObjBytes escapes to heap
./main.go:264:100: formatBytes(int64(spec.Limit)) escapes to heap
./main.go:264:125: spec.Rounds escapes to heap
./main.go:269:15: flag.f.defaultUsage escapes to heap in runLayout:
./main.go:269:15:   flow: {heap} ← &{storage for flag.f.defaultUsage}:
./main.go:269:15:     from flag.f.defaultUsage (spill) at ./main.go:269:15
./main.go:269:15:     from flag.f.Usage = flag.f.defaultUsage (assign) at ./main.go:269:15
./main.go:269:15: func literal escapes to heap in runLayout:
./main.go:269:15:   flow: {heap} ← &{storage for func literal}:
./main.go:269:15:     from func literal (spill) at ./main.go:269:15
./main.go:269:15:     from fs.Usage = func literal (assign) at ./main.go:269:15
./main.go:268:37: parameter c leaks to {heap} for runLayout with derefs=1:
./main.go:268:37:   flow: {heap} ← *c:
./main.go:268:37:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:271:19
./main.go:268:49: parameter args leaks to {heap} for runLayout with derefs=0:
./main.go:268:49:   flow: {heap} ← args:
./main.go:268:49:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:271:19
./main.go:268:64: parameter stdout leaks to {heap} for runLayout with derefs=0:
./main.go:268:64:   flow: {heap} ← stdout:
./main.go:268:64:     from (*command).parse(c, fs, args, stdout) (call parameter) at ./main.go:271:19
./main.go:275:91: ~r0 escapes to heap in runLayout:
./main.go:275:91:   flow: {storage for ... argument} ← &{storage for ~r0}:
./main.go:275:91:     from ~r0 (spill) at ./main.go:275:91
./main.go:275:91:     from ... argument (slice-literal-element) at ./main.go:275:20
./main.go:275:91:   flow: fmt.a ← &{storage for ... argument}:
./main.go:275:91:     from ... argument (spill) at ./main.go:275:20
./main.go:275:91:     from fmt.format, fmt.a := "layout: want one TYPE or PACKAGE.TYPE, got %d arguments: %w", ... argument (assign-pair) at ./main.go:275:20
./main.go:275:91:   flow: {heap} ← *fmt.a:
./main.go:275:91:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./main.go:275:20
./main.go:269:15: &flag.FlagSet{...} escapes to heap in runLayout:
./main.go:269:15:   flow: flag.f ← &{storage for &flag.FlagSet{...}}:
./main.go:269:15:     from &flag.FlagSet{...} (spill) at ./main.go:269:15
./main.go:269:15:     from flag.f := &flag.FlagSet{...} (assign) at ./main.go:269:15
./main.go:269:15:   flow: {temp} ← flag.f:
./main.go:269:15:   flow: {storage for flag.f.defaultUsage} ← {temp}:
./main.go:268:37: parameter c leaks to {storage for &flag.FlagSet{...}} for runLayout with derefs=1:
./main.go:268:37:   flow: c ← c:
./main.go:268:37:     from c, _ := c, 0 (assign-pair) at ./main.go:269:15
./main.go:268:37:   flow: flag.name ← *c:
./main.go:268:37:     from c.name (dot of pointer) at ./main.go:269:15
./main.go:268:37:     from flag.name, flag.errorHandling := c.name, flag.ErrorHandling(0) (assign-pair) at ./main.go:269:15
./main.go:268:37:   flow: {storage for &flag.FlagSet{...}} ← flag.name:
./main.go:268:37:     from flag.FlagSet{...} (struct literal element) at ./main.go:269:15
./main.go:275:20: &errors.errorString{...} escapes to heap in runLayout:
./main.go:275:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:275:20:     from &errors.errorString{...} (spill) at ./main.go:275:20
./main.go:275:20:     from &errors.errorString{...} (interface-converted) at ./main.go:275:20
./main.go:275:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:275:20
./main.go:275:20:   flow: fmt.err ← ~r0:
./main.go:275:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:275:20
./main.go:275:20:   flow: ~r0 ← fmt.err:
./main.go:275:20:     from return fmt.err (return) at ./main.go:275:3
./main.go:283:20: &errors.errorString{...} escapes to heap in runLayout:
./main.go:283:20:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./main.go:283:20:     from &errors.errorString{...} (spill) at ./main.go:283:20
./main.go:283:20:     from &errors.errorString{...} (interface-converted) at ./main.go:283:20
./main.go:283:20:     from ~r0 = &errors.errorString{...} (assign-pair) at ./main.go:283:20
./main.go:283:20:   flow: fmt.err ← ~r0:
./main.go:283:20:     from fmt.err = ~r0 (assign-pair) at ./main.go:283:20
./main.go:283:20:   flow: ~r0 ← fmt.err:
./main.go:283:20:     from return fmt.err (return) at ./main.go:283:3
./main.go:268:16: ctx does not escape
./main.go:268:37: leaking param content: c
./main.go:268:49: leaking param: args
./main.go:268:64: leaking param: stdout
./main.go:268:72: stderr does not escape
./main.go:269:15: &flag.FlagSet{...} escapes to heap
./main.go:269:15: flag.f.defaultUsage escapes to heap
./main.go:269:15: func literal escapes to heap
./main.go:275:20: ... argument does not escape
./main.go:275:91: ~r0 escapes to heap
./main.go:275:20: &errors.errorString{...} escapes to heap
./main.go:283:20: ... argument does not escape
./main.go:283:20: &errors.errorString{...} escapes to heap
./metrics.go:177:5: iv.Cycles escapes to heap in GCInterval.String:
./metrics.go:177:5:   flow: {storage for ... argument} ← &{storage for iv.Cycles}:
./metrics.go:177:5:     from iv.Cycles (spill) at ./metrics.go:177:5
./metrics.go:177:5:     from ... argument (slice-literal-element) at ./metrics.go:176:20
./metrics.go:177:5:   flow: {heap} ← {storage for ... argument}:
./metrics.go:177:5:     from ... argument (spill) at ./metrics.go:176:20
./metrics.go:177:5:     from fmt.Sprintf("%d GC cycles (%d forced), GC CPU %.1f%%, %d pauses p50 %v p99 %v max..., ... argument...) (call parameter) at ./metrics.go:176:20
./metrics.go:177:16: iv.Forced escapes to heap in GCInterval.String:
./metrics.go:177:16:   flow: {storage for ... argument} ← &{storage for iv.Forced}:
./metrics.go:177:16:     from iv.Forced (spill) at ./metrics.go:177:16
./metrics.go:177:16:     from ... argument (slice-literal-element) at ./metrics.go:176:20
./metrics.go:177:16:   flow: {heap} ← {storage for ... argument}:
./metrics.go:177:16:     from ... argument (spill) at ./metrics.go:176:20
./metrics.go:177:16:     from fmt.Sprintf("%d GC cycles (%d forced), GC CPU %.1f%%, %d pauses p50 %v p99 %v max..., ... argument...) (call parameter) at ./metrics.go:176:20
./metrics.go:177:28: 100 * iv.CPUFraction escapes to heap in GCInterval.String:
./metrics.go:177:28:   flow: {storage for ... argument} ← &{storage for 100 * iv.CPUFraction}:
./metrics.go:177:28:     from 100 * iv.CPUFraction (spill) at ./metrics.go:177:28
./metrics.go:177:28:     from ... argument (slice-literal-element) at ./metrics.go:176:20
./metrics.go:177:28:   flow: {heap} ← {storage for ... argument}:
./metrics.go:177:28:     from ... argument (spill) at ./metrics.go:176:20
./metrics.go:177:28:     from fmt.Sprintf("%d GC cycles (%d forced), GC CPU %.1f%%, %d pauses p50 %v p99 %v max..., ... argument...) (call parameter) at ./metrics.go:176:20
./metrics.go:177:47: iv.Pauses escapes to heap in GCInterval.String:
./metrics.go:177:47:   flow: {storage for ... argument} ← &{storage for iv.Pauses}:
./metrics.go:177:47:     from iv.Pauses (spill) at ./metrics.go:177:47
./metrics.go:177:47:     from ... argument (slice-literal-element) at ./metrics.go:176:20
./metrics.go:177:47:   flow: {heap} ← {storage for ... argument}:
./metrics.go:177:47:     from ... argument (spill) at ./metrics.go:176:20
./metrics.go:177:47:     from fmt.Sprintf("%d GC cycles (%d forced), GC CPU %.1f%%, %d pauses p50 %v p99 %v max..., ... argument...) (call parameter) at ./metrics.go:176:20
./metrics.go:177:58: iv.PauseP50 escapes to heap in GCInterval.String:
./metrics.go:177:58:   flow: {storage for ... argument} ← &{storage for iv.PauseP50}:
./metrics.go:177:58:     from iv.PauseP50 (spill) at ./metrics.go:177:58
./metrics.go:177:58:     from ... argument (slice-literal-element) at ./metrics.go:176:20
./metrics.go:177:58:   flow: {heap} ← {storage for ... argument}:
./metrics.go:177:58:     from ... argument (spill) at ./metrics.go:176:20
./metrics.go:177:58:     from fmt.Sprintf("%d GC cycles (%d forced), GC CPU %.1f%%, %d pauses p50 %v p99 %v max..., ... argument...) (call parameter) at ./metrics.go:176:20
./metrics.go:177:71: iv.PauseP99 escapes to heap in GCInterval.String:
./metrics.go:177:71:   flow: {storage for ... argument} ← &{storage for iv.PauseP99}:
./metrics.go:177:71:     from iv.PauseP99 (spill) at ./metrics.go:177:71
./metrics.go:177:71:     from ... argument (slice-literal-element) at ./metrics.go:176:20
./metrics.go:177:71:   flow: {heap} ← {storage for ... argument}:
./metrics.go:177:71:     from ... argument (spill) at ./metrics.go:176:20
./metrics.go:177:71:     from fmt.Sprintf("%d GC cycles (%d forced), GC CPU %.1f%%, %d pauses p50 %v p99 %v max..., ... argument...) (call parameter) at ./metrics.go:176:20
./metrics.go:177:84: iv.PauseMax escapes to heap in GCInterval.String:
./metrics.go:177:84:   flow: {storage for ... argument} ← &{storage for iv.PauseMax}:
./metrics.go:177:84:     from iv.PauseMax (spill) at ./metrics.go:177:84
./metrics.go:177:84:     from ... argument (slice-literal-element) at ./metrics.go:176:20
./metrics.go:177:84:   flow: {heap} ← {storage for ... argument}:
./metrics.go:177:84:     from ... argument (spill) at ./metrics.go:176:20
./metrics.go:177:84:     from fmt.Sprintf("%d GC cycles (%d forced), GC CPU %.1f%%, %d pauses p50 %v p99 %v max..., ... argument...) (call parameter) at ./metrics.go:176:20
./metrics.go:178:14: formatBytes(int64(iv.AllocBytes)) escapes to heap in GCInterval.String:
./metrics.go:178:14:   flow: {storage for ... argument} ← &{storage for formatBytes(int64(iv.AllocBytes))}:
./metrics.go:178:14:     from formatBytes(int64(iv.AllocBytes)) (spill) at ./metrics.go:178:14
./metrics.go:178:14:     from ... argument (slice-literal-element) at ./metrics.go:176:20
./metrics.go:178:14:   flow: {heap} ← {storage for ... argument}:
./metrics.go:178:14:     from ... argument (spill) at ./metrics.go:176:20
./metrics.go:178:14:     from fmt.Sprintf("%d GC cycles (%d forced), GC CPU %.1f%%, %d pauses p50 %v p99 %v max..., ... argument...) (call parameter) at ./metrics.go:176:20
./metrics.go:178:40: iv.AllocObjects escapes to heap in GCInterval.String:
./metrics.go:178:40:   flow: {storage for ... argument} ← &{storage for iv.AllocObjects}:
./metrics.go:178:40:     from iv.AllocObjects (spill) at ./metrics.go:178:40
./metrics.go:178:40:     from ... argument (slice-literal-element) at ./metrics.go:176:20
./metrics.go:178:40:   flow: {heap} ← {storage for ... argument}:
./metrics.go:178:40:     from ... argument (spill) at ./metrics.go:176:20
./metrics.go:178:40:     from fmt.Sprintf("%d GC cycles (%d forced), GC CPU %.1f%%, %d pauses p50 %v p99 %v max..., ... argument...) (call parameter) at ./metrics.go:176:20
./metrics.go:176:20: ... argument does not escape
./metrics.go:177:5: iv.Cycles escapes to heap
./metrics.go:177:16: iv.Forced escapes to heap
./metrics.go:177:28: 100 * iv.CPUFraction escapes to heap
./metrics.go:177:47: iv.Pauses escapes to heap
./metrics.go:177:58: iv.PauseP50 escapes to heap
./metrics.go:177:71: iv.PauseP99 escapes to heap
./metrics.go:177:84: iv.PauseMax escapes to heap
./metrics.go:178:14: formatBytes(int64(iv.AllocBytes)) escapes to heap
./metrics.go:178:40: iv.AllocObjects escapes to heap
./pool.go:83:7: c does not escape
./pool.go:127:18: make([]sync.Pool, p.maxShift - p.minShift + 1) escapes to heap in NewBufferPool:
./pool.go:127:18:   flow: {heap} ← &{storage for make([]sync.Pool, p.maxShift - p.minShift + 1)}:
./pool.go:127:18:     from make([]sync.Pool, p.maxShift - p.minShift + 1) (spill) at ./pool.go:127:18
./pool.go:127:18:     from p.classes = make([]sync.Pool, p.maxShift - p.minShift + 1) (assign) at ./pool.go:127:12
./pool.go:126:7: &BufferPool{...} escapes to heap in NewBufferPool:
./pool.go:126:7:   flow: p ← &{storage for &BufferPool{...}}:
./pool.go:126:7:     from &BufferPool{...} (spill) at ./pool.go:126:7
./pool.go:126:7:     from p := &BufferPool{...} (assign) at ./pool.go:126:4
./pool.go:126:7:   flow: ~r0 ← p:
./pool.go:126:7:     from return p (return) at ./pool.go:128:2
./pool.go:126:7: &BufferPool{...} escapes to heap
./pool.go:127:18: make([]sync.Pool, p.maxShift - p.minShift + 1) escapes to heap
./pool.go:135:7: p does not escape
./pool.go:173:7: p does not escape
./pool.go:182:14: append(b.B, p...) escapes to heap in (*Buffer).Write:
./pool.go:182:14:   flow: {heap} ← &{storage for append(b.B, p...)}:
./pool.go:182:14:     from append(b.B, p...) (spill) at ./pool.go:182:14
./pool.go:182:14:     from b.B = append(b.B, p...) (assign) at ./pool.go:182:6
./pool.go:181:7: parameter b leaks to {heap} for (*Buffer).Write with derefs=1:
./pool.go:181:7:   flow: {temp} ← *b:
./pool.go:181:7:     from b.B (dot of pointer) at ./pool.go:182:16
./pool.go:181:7:     from append(b.B, p...) (call parameter) at ./pool.go:182:14
./pool.go:181:7:   flow: {heap} ← {temp}:
./pool.go:181:7:     from b.B = append(b.B, p...) (assign) at ./pool.go:182:6
./pool.go:181:7: leaking param content: b
./pool.go:181:24: p does not escape
./pool.go:182:14: append escapes to heap
./pool.go:236:7: &CalibratedPool{...} escapes to heap in NewCalibratedPool:
./pool.go:236:7:   flow: p ← &{storage for &CalibratedPool{...}}:
./pool.go:236:7:     from &CalibratedPool{...} (spill) at ./pool.go:236:7
./pool.go:236:7:     from p := &CalibratedPool{...} (assign) at ./pool.go:236:4
./pool.go:236:7:   flow: ~r0 ← p:
./pool.go:236:7:     from return p (return) at ./pool.go:238:2
./pool.go:236:7: &CalibratedPool{...} escapes to heap
./pool.go:311:7: p does not escape
./pool.go:316:7: p does not escape
./tune.go:67:7: parameter r leaks to {heap} for TuneRow.spread with derefs=1:
./tune.go:67:7:   flow: {temp} ← r:
./tune.go:67:7:     from r.Runs (dot) at ./tune.go:68:21
./tune.go:67:7:   flow: w ← *{temp}:
./tune.go:67:7:     from for loop (range-deref) at ./tune.go:68:14
./tune.go:67:7:   flow: {heap} ← w:
./tune.go:67:7:     from f(w) (call parameter) at ./tune.go:69:9
./tune.go:67:7: leaking param content: r
./tune.go:67:25: f does not escape
./tuner.go:148:24: new(gcSentinel) escapes to heap in (*Tuner).arm:
./tuner.go:148:24:   flow: {heap} ← &{storage for new(gcSentinel)}:
./tuner.go:148:24:     from new(gcSentinel) (spill) at ./tuner.go:148:24
./tuner.go:148:24:     from runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8](&runtime..dict.AddCleanup[main.gcSentinel,*main.Tuner], new(gcSentinel), (*Tuner).onGC, t) (call parameter) at ./tuner.go:148:20
./tuner.go:147:7: parameter t leaks to {heap} for (*Tuner).arm with derefs=0:
./tuner.go:147:7:   flow: {heap} ← t:
./tuner.go:147:7:     from runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8](&runtime..dict.AddCleanup[main.gcSentinel,*main.Tuner], new(gcSentinel), (*Tuner).onGC, t) (call parameter) at ./tuner.go:148:20
./tuner.go:147:7: leaking param: t
./tuner.go:148:24: new(gcSentinel) escapes to heap
./unsafe.go:44:20: parameter b leaks to ~r0 for BytesToString with derefs=0:
./unsafe.go:44:20:   flow: ~r0 ← b:
./unsafe.go:44:20:     from <node unsafe.SliceData> (call parameter) at ./unsafe.go:45:39
./unsafe.go:44:20:     from <node unsafe.String> (call parameter) at ./unsafe.go:45:22
./unsafe.go:44:20:     from return <node unsafe.String> (return) at ./unsafe.go:45:2
./unsafe.go:44:20: leaking param: b to result ~r0 level=0
./unsafe.go:51:20: parameter s leaks to ~r0 for StringToBytes with derefs=0:
./unsafe.go:51:20:   flow: ~r0 ← s:
./unsafe.go:51:20:     from <node unsafe.StringData> (call parameter) at ./unsafe.go:52:39
./unsafe.go:51:20:     from unsafe.Slice(<node unsafe.StringData>, len(s)) (call parameter) at ./unsafe.go:52:21
./unsafe.go:51:20:     from return unsafe.Slice(<node unsafe.StringData>, len(s)) (return) at ./unsafe.go:52:2
./unsafe.go:51:20: leaking param: s to result ~r0 level=0
./unsafe.go:75:16: parameter b leaks to ~r0 for NewLEView with derefs=0:
./unsafe.go:75:16:   flow: ~r0 ← b:
./unsafe.go:75:16:     from LEView{...} (struct literal element) at ./unsafe.go:75:48
./unsafe.go:75:16:     from return LEView{...} (return) at ./unsafe.go:75:35
./unsafe.go:75:16: leaking param: b to result ~r0 level=0
./unsafe.go:78:7: v does not escape
./unsafe.go:82:66: n escapes to heap in LEView.span:
./unsafe.go:82:66:   flow: {storage for ... argument} ← &{storage for n}:
./unsafe.go:82:66:     from n (spill) at ./unsafe.go:82:66
./unsafe.go:82:66:     from ... argument (slice-literal-element) at ./unsafe.go:82:25
./unsafe.go:82:66:   flow: fmt.a ← &{storage for ... argument}:
./unsafe.go:82:66:     from ... argument (spill) at ./unsafe.go:82:25
./unsafe.go:82:66:     from fmt.format, fmt.a := "read %d bytes at offset %d of %d: %w", ... argument (assign-pair) at ./unsafe.go:82:25
./unsafe.go:82:66:   flow: {heap} ← *fmt.a:
./unsafe.go:82:66:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./unsafe.go:82:25
./unsafe.go:82:69: off escapes to heap in LEView.span:
./unsafe.go:82:69:   flow: {storage for ... argument} ← &{storage for off}:
./unsafe.go:82:69:     from off (spill) at ./unsafe.go:82:69
./unsafe.go:82:69:     from ... argument (slice-literal-element) at ./unsafe.go:82:25
./unsafe.go:82:69:   flow: fmt.a ← &{storage for ... argument}:
./unsafe.go:82:69:     from ... argument (spill) at ./unsafe.go:82:25
./unsafe.go:82:69:     from fmt.format, fmt.a := "read %d bytes at offset %d of %d: %w", ... argument (assign-pair) at ./unsafe.go:82:25
./unsafe.go:82:69:   flow: {heap} ← *fmt.a:
./unsafe.go:82:69:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./unsafe.go:82:25
./unsafe.go:82:77: len(v.b) escapes to heap in LEView.span:
./unsafe.go:82:77:   flow: {storage for ... argument} ← &{storage for len(v.b)}:
./unsafe.go:82:77:     from len(v.b) (spill) at ./unsafe.go:82:77
./unsafe.go:82:77:     from ... argument (slice-literal-element) at ./unsafe.go:82:25
./unsafe.go:82:77:   flow: fmt.a ← &{storage for ... argument}:
./unsafe.go:82:77:     from ... argument (spill) at ./unsafe.go:82:25
./unsafe.go:82:77:     from fmt.format, fmt.a := "read %d bytes at offset %d of %d: %w", ... argument (assign-pair) at ./unsafe.go:82:25
./unsafe.go:82:77:   flow: {heap} ← *fmt.a:
./unsafe.go:82:77:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./unsafe.go:82:25
./unsafe.go:82:25: &errors.errorString{...} escapes to heap in LEView.span:
./unsafe.go:82:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./unsafe.go:82:25:     from &errors.errorString{...} (spill) at ./unsafe.go:82:25
./unsafe.go:82:25:     from &errors.errorString{...} (interface-converted) at ./unsafe.go:82:25
./unsafe.go:82:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./unsafe.go:82:25
./unsafe.go:82:25:   flow: fmt.err ← ~r0:
./unsafe.go:82:25:     from fmt.err = ~r0 (assign-pair) at ./unsafe.go:82:25
./unsafe.go:82:25:   flow: ~r1 ← fmt.err:
./unsafe.go:82:25:     from return nil, fmt.err (return) at ./unsafe.go:82:3
./unsafe.go:80:7: parameter v leaks to ~r0 for LEView.span with derefs=0:
./unsafe.go:80:7:   flow: ~r0 ← v:
./unsafe.go:80:7:     from v.b (dot) at ./unsafe.go:84:10
./unsafe.go:80:7:     from v.b[off:off + n] (slice) at ./unsafe.go:84:12
./unsafe.go:80:7:     from return v.b[off:off + n], nil (return) at ./unsafe.go:84:2
./unsafe.go:80:7: leaking param: v to result ~r0 level=0
./unsafe.go:82:25: ... argument does not escape
./unsafe.go:82:66: n escapes to heap
./unsafe.go:82:69: off escapes to heap
./unsafe.go:82:77: len(v.b) escapes to heap
./unsafe.go:82:25: &errors.errorString{...} escapes to heap
./unsafe.go:88:7: v does not escape
./unsafe.go:97:7: v does not escape
./unsafe.go:106:7: v does not escape
./unsafe.go:135:69: uintptr(p) escapes to heap in LEView.Uint64s:
./unsafe.go:135:69:   flow: {storage for ... argument} ← &{storage for uintptr(p)}:
./unsafe.go:135:69:     from uintptr(p) (spill) at ./unsafe.go:135:69
./unsafe.go:135:69:     from ... argument (slice-literal-element) at ./unsafe.go:135:25
./unsafe.go:135:69:   flow: fmt.a ← &{storage for ... argument}:
./unsafe.go:135:69:     from ... argument (spill) at ./unsafe.go:135:25
./unsafe.go:135:69:     from fmt.format, fmt.a := "address %#x is not 8-aligned: %w", ... argument (assign-pair) at ./unsafe.go:135:25
./unsafe.go:135:69:   flow: {heap} ← *fmt.a:
./unsafe.go:135:69:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./unsafe.go:135:25
./unsafe.go:138:69: len(v.b) escapes to heap in LEView.Uint64s:
./unsafe.go:138:69:   flow: {storage for ... argument} ← &{storage for len(v.b)}:
./unsafe.go:138:69:     from len(v.b) (spill) at ./unsafe.go:138:69
./unsafe.go:138:69:     from ... argument (slice-literal-element) at ./unsafe.go:138:25
./unsafe.go:138:69:   flow: fmt.a ← &{storage for ... argument}:
./unsafe.go:138:69:     from ... argument (spill) at ./unsafe.go:138:25
./unsafe.go:138:69:     from fmt.format, fmt.a := "length %d is not a multiple of 8: %w", ... argument (assign-pair) at ./unsafe.go:138:25
./unsafe.go:138:69:   flow: {heap} ← *fmt.a:
./unsafe.go:138:69:     from fmt.errorf(fmt.format, fmt.a...) (call parameter) at ./unsafe.go:138:25
./unsafe.go:135:25: &errors.errorString{...} escapes to heap in LEView.Uint64s:
./unsafe.go:135:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./unsafe.go:135:25:     from &errors.errorString{...} (spill) at ./unsafe.go:135:25
./unsafe.go:135:25:     from &errors.errorString{...} (interface-converted) at ./unsafe.go:135:25
./unsafe.go:135:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./unsafe.go:135:25
./unsafe.go:135:25:   flow: fmt.err ← ~r0:
./unsafe.go:135:25:     from fmt.err = ~r0 (assign-pair) at ./unsafe.go:135:25
./unsafe.go:135:25:   flow: ~r1 ← fmt.err:
./unsafe.go:135:25:     from return nil, fmt.err (return) at ./unsafe.go:135:3
./unsafe.go:138:25: &errors.errorString{...} escapes to heap in LEView.Uint64s:
./unsafe.go:138:25:   flow: ~r0 ← &{storage for &errors.errorString{...}}:
./unsafe.go:138:25:     from &errors.errorString{...} (spill) at ./unsafe.go:138:25
./unsafe.go:138:25:     from &errors.errorString{...} (interface-converted) at ./unsafe.go:138:25
./unsafe.go:138:25:     from ~r0 = &errors.errorString{...} (assign-pair) at ./unsafe.go:138:25
./unsafe.go:138:25:   flow: fmt.err ← ~r0:
./unsafe.go:138:25:     from fmt.err = ~r0 (assign-pair) at ./unsafe.go:138:25
./unsafe.go:138:25:   flow: ~r1 ← fmt.err:
./unsafe.go:138:25:     from return nil, fmt.err (return) at ./unsafe.go:138:3
./unsafe.go:126:7: parameter v leaks to ~r0 for LEView.Uint64s with derefs=0:
./unsafe.go:126:7:   flow: p ← v:
./unsafe.go:126:7:     from v.b (dot) at ./unsafe.go:133:40
./unsafe.go:126:7:     from <node unsafe.SliceData> (call parameter) at ./unsafe.go:133:38
./unsafe.go:126:7:     from p := unsafe.Pointer(<node unsafe.SliceData>) (assign) at ./unsafe.go:133:4
./unsafe.go:126:7:   flow: ~r0 ← p:
./unsafe.go:126:7:     from unsafe.Slice((*uint64)(p), len(v.b) / 8) (call parameter) at ./unsafe.go:140:21
./unsafe.go:126:7:     from return unsafe.Slice((*uint64)(p), len(v.b) / 8), nil (return) at ./unsafe.go:140:2
./unsafe.go:126:7: leaking param: v to result ~r0 level=0
./unsafe.go:135:25: ... argument does not escape
./unsafe.go:135:69: uintptr(p) escapes to heap
./unsafe.go:135:25: &errors.errorString{...} escapes to heap
./unsafe.go:138:25: ... argument does not escape
./unsafe.go:138:69: len(v.b) escapes to heap
./unsafe.go:138:25: &errors.errorString{...} escapes to heap
./workload.go:178:16: parameter w leaks to ~r0 for orDiscard with derefs=0:
./workload.go:178:16:   flow: ~r0 ← w:
./workload.go:178:16:     from return w (return) at ./workload.go:182:2
./workload.go:178:16: leaking param: w to result ~r0 level=0
/usr/local/go/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:68:33
/usr/local/go/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:68:31
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:68:30
/usr/local/go/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
/usr/local/go/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:68:30
/usr/local/go/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:68:30
/usr/local/go/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:64:72
/usr/local/go/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:64:70
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:69
/usr/local/go/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:69
/usr/local/go/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:61:53
/usr/local/go/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:61:51
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:50
/usr/local/go/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
/usr/local/go/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:50
/usr/local/go/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }]).Load with derefs=0:
/usr/local/go/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:58:60
/usr/local/go/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:58:58
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at /usr/local/go/src/sync/atomic/type.go:58:57
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
/usr/local/go/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:570:10
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:570:12
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:562:10
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:562:12
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:546:3
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:546:5
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.storePointer(&atomic.u.value, atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Store with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:     from atomic.storePointer(&atomic.u.value, atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:539:3
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:539:5
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.StorepNoWB(unsafe.Pointer(&atomic.u.value), atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).StoreNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:     from atomic.StorepNoWB(unsafe.Pointer(&atomic.u.value), atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] }]).Load with derefs=1:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:526:15
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:526:17
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.u := atomic.p.u (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:526:22
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:526:22
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:526:22
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.Loadp(unsafe.Pointer(&atomic.u.value)) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:526:22
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.~r0 = atomic.Loadp(unsafe.Pointer(&atomic.u.value)) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:526:22
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← atomic.~r0:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from return (*go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] })(atomic.~r0) (return) at /usr/local/go/src/internal/runtime/atomic/types.go:526:2
/usr/local/go/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:570:10
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:570:12
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:570:27
/usr/local/go/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:562:10
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:562:12
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:562:31
/usr/local/go/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).Store with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:546:3
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:546:5
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.storePointer(&atomic.u.value, atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).Store with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:     from atomic.storePointer(&atomic.u.value, atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:546:11
/usr/local/go/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).StoreNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:539:3
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:539:5
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.StorepNoWB(unsafe.Pointer(&atomic.u.value), atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).StoreNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:     from atomic.StorepNoWB(unsafe.Pointer(&atomic.u.value), atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:539:15
/usr/local/go/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75]).Load with derefs=1:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:526:15
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:526:17
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.u := atomic.p.u (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:526:22
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:526:22
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:526:22
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.Loadp(unsafe.Pointer(&atomic.u.value)) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:526:22
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.~r0 = atomic.Loadp(unsafe.Pointer(&atomic.u.value)) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:526:22
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← atomic.~r0:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from return (*go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75)(atomic.~r0) (return) at /usr/local/go/src/internal/runtime/atomic/types.go:526:2
/usr/local/go/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:   flow: atomic.p ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:   flow: atomic.p ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[runtime.m]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime.m], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).Store with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:   flow: atomic.p ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.p, atomic..dict, atomic.value := atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.storePointer(&atomic.u.value, atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[runtime.m]).Store with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:     from atomic.p, atomic..dict, atomic.value := atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:     from atomic.storePointer(&atomic.u.value, atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime.m]).StoreNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:   flow: atomic.p ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.p, atomic..dict, atomic.value := atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.StorepNoWB(unsafe.Pointer(&atomic.u.value), atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[runtime.m]).StoreNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:     from atomic.p, atomic..dict, atomic.value := atomic.p, &atomic..dict.Pointer[runtime.m], atomic.value (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:     from atomic.StorepNoWB(unsafe.Pointer(&atomic.u.value), atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[runtime.m]).Load with derefs=1:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.p ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.p, atomic..dict := atomic.p, &atomic..dict.Pointer[runtime.m] (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.u := atomic.p.u (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.Loadp(unsafe.Pointer(&atomic.u.value)) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.~r0 = atomic.Loadp(unsafe.Pointer(&atomic.u.value)) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← atomic.~r0:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.~r0 = (*go.shape.55b825d6d76842fa06225686af4e70043b16687553e9bcbcd398b6e012f72a75)(atomic.~r0) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← atomic.~r0:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from return atomic.~r0 (return) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:   flow: atomic.p ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:7:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:37: parameter atomic.old leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:   flow: {heap} ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:569:37:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:42: parameter atomic.new leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwap with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:   flow: {heap} ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:569:42:     from atomic.casPointer(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:569:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:   flow: atomic.p ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:7:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:41: parameter atomic.old leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:   flow: atomic.old ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:   flow: {heap} ← atomic.old:
/usr/local/go/src/internal/runtime/atomic/types.go:561:41:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:46: parameter atomic.new leaks to {heap} for (*Pointer[runtime._defer]).CompareAndSwapNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:     from atomic.p, atomic..dict, atomic.old, atomic.new := atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:   flow: atomic.new ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:     from atomic.u, atomic.old, atomic.new := atomic.p.u, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:   flow: {heap} ← atomic.new:
/usr/local/go/src/internal/runtime/atomic/types.go:561:46:     from atomic.Casp1(&atomic.u.value, atomic.old, atomic.new) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:561:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).Store with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:   flow: atomic.p ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.p, atomic..dict, atomic.value := atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:7:     from atomic.storePointer(&atomic.u.value, atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:28: parameter atomic.value leaks to {heap} for (*Pointer[runtime._defer]).Store with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:     from atomic.p, atomic..dict, atomic.value := atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:   flow: {heap} ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:545:28:     from atomic.storePointer(&atomic.u.value, atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:545:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7: parameter atomic.p leaks to {heap} for (*Pointer[runtime._defer]).StoreNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:   flow: atomic.p ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.p, atomic..dict, atomic.value := atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:   flow: {heap} ← atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:7:     from atomic.StorepNoWB(unsafe.Pointer(&atomic.u.value), atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:32: parameter atomic.value leaks to {heap} for (*Pointer[runtime._defer]).StoreNoWB with derefs=0:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:     from atomic.p, atomic..dict, atomic.value := atomic.p, &atomic..dict.Pointer[runtime._defer], atomic.value (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:   flow: atomic.value ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:     from atomic.u, atomic.value := atomic.p.u, unsafe.Pointer(atomic.value) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:   flow: {heap} ← atomic.value:
/usr/local/go/src/internal/runtime/atomic/types.go:538:32:     from atomic.StorepNoWB(unsafe.Pointer(&atomic.u.value), atomic.value) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:538:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7: parameter atomic.p leaks to atomic.~r0 for (*Pointer[runtime._defer]).Load with derefs=1:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.p ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.p, atomic..dict := atomic.p, &atomic..dict.Pointer[runtime._defer] (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.u ← atomic.p:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.p.u (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.u := atomic.p.u (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← *atomic.u:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.u.value (dot of pointer) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from &atomic.u.value (address-of) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.Loadp(unsafe.Pointer(&atomic.u.value)) (call parameter) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.~r0 = atomic.Loadp(unsafe.Pointer(&atomic.u.value)) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← atomic.~r0:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from atomic.~r0 = (*go.shape.struct { runtime.heap bool; runtime.rangefunc bool; runtime.sp uintptr; runtime.pc uintptr; runtime.fn func(); runtime.link *runtime._defer; runtime.head *internal/runtime/atomic.Pointer[runtime._defer] })(atomic.~r0) (assign-pair) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:   flow: atomic.~r0 ← atomic.~r0:
/usr/local/go/src/internal/runtime/atomic/types.go:525:7:     from return atomic.~r0 (return) at /usr/local/go/src/internal/runtime/atomic/types.go:525:6
/usr/local/go/src/internal/abi/escape.go:28:20: parameter abi.x leaks to {heap} for Escape[go.shape.func(go.shape.*uint8)] with derefs=0:
/usr/local/go/src/internal/abi/escape.go:28:20:   flow: {heap} ← abi.x:
/usr/local/go/src/internal/abi/escape.go:28:20:     from abi.x (interface-converted) at /usr/local/go/src/internal/abi/escape.go:30:16
/usr/local/go/src/internal/abi/escape.go:28:20:     from abi.escapeSink = abi.x (assign) at /usr/local/go/src/internal/abi/escape.go:30:14
/usr/local/go/src/internal/abi/escape.go:28:20: parameter abi.x leaks to abi.~r0 for Escape[go.shape.func(go.shape.*uint8)] with derefs=0:
/usr/local/go/src/internal/abi/escape.go:28:20:   flow: abi.~r0 ← abi.x:
/usr/local/go/src/internal/abi/escape.go:28:20:     from return abi.x (return) at /usr/local/go/src/internal/abi/escape.go:32:2
/usr/local/go/src/internal/abi/escape.go:28:20: parameter abi.x leaks to {heap} for Escape[go.shape.*uint8] with derefs=0:
/usr/local/go/src/internal/abi/escape.go:28:20:   flow: {heap} ← abi.x:
/usr/local/go/src/internal/abi/escape.go:28:20:     from abi.x (interface-converted) at /usr/local/go/src/internal/abi/escape.go:30:16
/usr/local/go/src/internal/abi/escape.go:28:20:     from abi.escapeSink = abi.x (assign) at /usr/local/go/src/internal/abi/escape.go:30:14
/usr/local/go/src/internal/abi/escape.go:28:20: parameter abi.x leaks to abi.~r0 for Escape[go.shape.*uint8] with derefs=0:
/usr/local/go/src/internal/abi/escape.go:28:20:   flow: abi.~r0 ← abi.x:
/usr/local/go/src/internal/abi/escape.go:28:20:     from return abi.x (return) at /usr/local/go/src/internal/abi/escape.go:32:2
/usr/local/go/src/runtime/mcleanup.go:76:27: parameter runtime.ptr leaks to {heap} for AddCleanup[main.gcSentinel,*main.Tuner] with derefs=0:
/usr/local/go/src/runtime/mcleanup.go:76:27:   flow: {heap} ← runtime.ptr:
/usr/local/go/src/runtime/mcleanup.go:76:27:     from runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8](&runtime..dict.AddCleanup[main.gcSentinel,*main.Tuner], runtime.ptr, runtime.cleanup, runtime.arg) (call parameter) at /usr/local/go/src/runtime/mcleanup.go:76:6
/usr/local/go/src/runtime/mcleanup.go:76:35: parameter runtime.cleanup leaks to {heap} for AddCleanup[main.gcSentinel,*main.Tuner] with derefs=0:
/usr/local/go/src/runtime/mcleanup.go:76:35:   flow: {heap} ← runtime.cleanup:
/usr/local/go/src/runtime/mcleanup.go:76:35:     from runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8](&runtime..dict.AddCleanup[main.gcSentinel,*main.Tuner], runtime.ptr, runtime.cleanup, runtime.arg) (call parameter) at /usr/local/go/src/runtime/mcleanup.go:76:6
/usr/local/go/src/runtime/mcleanup.go:76:52: parameter runtime.arg leaks to {heap} for AddCleanup[main.gcSentinel,*main.Tuner] with derefs=0:
/usr/local/go/src/runtime/mcleanup.go:76:52:   flow: {heap} ← runtime.arg:
/usr/local/go/src/runtime/mcleanup.go:76:52:     from runtime.AddCleanup[go.shape.struct { main._ [32]uint8 },go.shape.*uint8](&runtime..dict.AddCleanup[main.gcSentinel,*main.Tuner], runtime.ptr, runtime.cleanup, runtime.arg) (call parameter) at /usr/local/go/src/runtime/mcleanup.go:76:6
/usr/local/go/src/slices/zsortordered.go:325:20: slices.reverseRangeOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:325:20: slices.reverseRangeOrdered[go.shape.float64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
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
/usr/local/go/src/slices/sort.go:37:36: parameter slices.x leaks to {heap} for SortStableFunc[go.shape.[]*go/types.Var,go.shape.*uint8] with derefs=1:
/usr/local/go/src/slices/sort.go:37:36:   flow: {temp} ← slices.x:
/usr/local/go/src/slices/sort.go:37:36:     from slices.stableCmpFunc[go.shape.*uint8]((*[4]uintptr)(slices..dict[0]), slices.x, len(slices.x), slices.cmp) (call parameter) at /usr/local/go/src/slices/sort.go:38:15
/usr/local/go/src/slices/sort.go:37:36:   flow: {heap} ← *{temp}:
/usr/local/go/src/slices/zsortanyfunc.go:331:24: slices.swapRangeCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:331:24: slices.swapRangeCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:13:23: slices.insertionSortCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:13:23: slices.insertionSortCmpFunc[go.shape.*uint8] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:10:34: parameter slices.data leaks to {heap} for insertionSortCmpFunc[go.shape.*uint8] with derefs=1:
/usr/local/go/src/slices/zsortanyfunc.go:10:34:   flow: {heap} ← *slices.data:
/usr/local/go/src/slices/zsortanyfunc.go:10:34:     from slices.data[slices.j] (dot of pointer) at /usr/local/go/src/slices/zsortanyfunc.go:12:33
/usr/local/go/src/slices/zsortanyfunc.go:10:34:     from slices.cmp(slices.data[slices.j], slices.data[slices.j - 1]) (call parameter) at /usr/local/go/src/slices/zsortanyfunc.go:12:28
/usr/local/go/src/slices/sort.go:37:36: parameter slices.x leaks to {heap} for SortStableFunc[[]*go/types.Var,*go/types.Var] with derefs=1:
/usr/local/go/src/slices/sort.go:37:36:   flow: slices.x ← slices.x:
/usr/local/go/src/slices/sort.go:37:36:     from slices..dict, slices.x, slices.cmp := &slices..dict.SortStableFunc[[]*go/types.Var,*go/types.Var], slices.x, slices.cmp (assign-pair) at /usr/local/go/src/slices/sort.go:37:6
/usr/local/go/src/slices/sort.go:37:36:   flow: {temp} ← slices.x:
/usr/local/go/src/slices/sort.go:37:36:     from slices.stableCmpFunc[go.shape.*uint8]((*[4]uintptr)(slices..dict[0]), slices.x, len(slices.x), slices.cmp) (call parameter) at /usr/local/go/src/slices/sort.go:37:6
/usr/local/go/src/slices/sort.go:37:36:   flow: {heap} ← *{temp}:
/usr/local/go/src/slices/slices.go:353:27: parameter slices.s leaks to {heap} for Clone[go.shape.[]*go/types.Var,go.shape.*uint8] with derefs=1:
/usr/local/go/src/slices/slices.go:353:27:   flow: {heap} ← *slices.s:
/usr/local/go/src/slices/slices.go:353:27:     from append(go.shape.[]*go/types.Var{}, slices.s...) (call parameter) at /usr/local/go/src/slices/slices.go:360:15
/usr/local/go/src/slices/slices.go:353:27:     from append(go.shape.[]*go/types.Var{}, slices.s...) (appended slice...) at /usr/local/go/src/slices/slices.go:360:15
/usr/local/go/src/slices/slices.go:360:15: append(go.shape.[]*go/types.Var{}, slices.s...) escapes to heap in Clone[go.shape.[]*go/types.Var,go.shape.*uint8]:
/usr/local/go/src/slices/slices.go:360:15:   flow: slices.~r0 ← &{storage for append(go.shape.[]*go/types.Var{}, slices.s...)}:
/usr/local/go/src/slices/slices.go:360:15:     from append(go.shape.[]*go/types.Var{}, slices.s...) (spill) at /usr/local/go/src/slices/slices.go:360:15
/usr/local/go/src/slices/slices.go:360:15:     from return append(go.shape.[]*go/types.Var{}, slices.s...) (return) at /usr/local/go/src/slices/slices.go:360:2
/usr/local/go/src/slices/slices.go:360:17: go.shape.[]*go/types.Var{} escapes to heap in Clone[go.shape.[]*go/types.Var,go.shape.*uint8]:
/usr/local/go/src/slices/slices.go:360:17:   flow: {temp} ← &{storage for go.shape.[]*go/types.Var{}}:
/usr/local/go/src/slices/slices.go:360:17:     from go.shape.[]*go/types.Var{} (spill) at /usr/local/go/src/slices/slices.go:360:17
/usr/local/go/src/slices/slices.go:360:17:     from append(go.shape.[]*go/types.Var{}, slices.s...) (call parameter) at /usr/local/go/src/slices/slices.go:360:15
/usr/local/go/src/slices/slices.go:360:17:   flow: {temp} ← {temp}:
/usr/local/go/src/slices/slices.go:360:17:   flow: slices.~r0 ← {temp}:
/usr/local/go/src/slices/slices.go:360:17:     from return append(go.shape.[]*go/types.Var{}, slices.s...) (return) at /usr/local/go/src/slices/slices.go:360:2
/usr/local/go/src/slices/slices.go:360:17: go.shape.[]*go/types.Var{} escapes to heap
/usr/local/go/src/slices/slices.go:360:15: append escapes to heap
/usr/local/go/src/slices/slices.go:353:27: parameter slices.s leaks to {heap} for Clone[[]*go/types.Var,*go/types.Var] with derefs=1:
/usr/local/go/src/slices/slices.go:353:27:   flow: slices.s ← slices.s:
/usr/local/go/src/slices/slices.go:353:27:     from slices..dict, slices.s := &slices..dict.Clone[[]*go/types.Var,*go/types.Var], slices.s (assign-pair) at /usr/local/go/src/slices/slices.go:353:6
/usr/local/go/src/slices/slices.go:353:27:   flow: {heap} ← *slices.s:
/usr/local/go/src/slices/slices.go:353:27:     from append(go.shape.[]*go/types.Var{}, slices.s...) (call parameter) at /usr/local/go/src/slices/slices.go:353:6
/usr/local/go/src/slices/slices.go:353:27:     from append(go.shape.[]*go/types.Var{}, slices.s...) (appended slice...) at /usr/local/go/src/slices/slices.go:353:6
/usr/local/go/src/slices/slices.go:353:6: append(go.shape.[]*go/types.Var{}, slices.s...) escapes to heap in Clone[[]*go/types.Var,*go/types.Var]:
/usr/local/go/src/slices/slices.go:353:6:   flow: slices.~r0 ← &{storage for append(go.shape.[]*go/types.Var{}, slices.s...)}:
/usr/local/go/src/slices/slices.go:353:6:     from append(go.shape.[]*go/types.Var{}, slices.s...) (spill) at /usr/local/go/src/slices/slices.go:353:6
/usr/local/go/src/slices/slices.go:353:6:     from slices.~r0 = append(go.shape.[]*go/types.Var{}, slices.s...) (assign-pair) at /usr/local/go/src/slices/slices.go:353:6
/usr/local/go/src/slices/slices.go:353:6:   flow: slices.~r0 ← slices.~r0:
/usr/local/go/src/slices/slices.go:353:6:     from return slices.~r0 (return) at /usr/local/go/src/slices/slices.go:353:6
/usr/local/go/src/slices/slices.go:353:6: go.shape.[]*go/types.Var{} escapes to heap in Clone[[]*go/types.Var,*go/types.Var]:
/usr/local/go/src/slices/slices.go:353:6:   flow: {temp} ← &{storage for go.shape.[]*go/types.Var{}}:
/usr/local/go/src/slices/slices.go:353:6:     from go.shape.[]*go/types.Var{} (spill) at /usr/local/go/src/slices/slices.go:353:6
/usr/local/go/src/slices/slices.go:353:6:     from append(go.shape.[]*go/types.Var{}, slices.s...) (call parameter) at /usr/local/go/src/slices/slices.go:353:6
/usr/local/go/src/slices/slices.go:353:6:   flow: {temp} ← {temp}:
/usr/local/go/src/slices/slices.go:353:6:   flow: slices.~r0 ← {temp}:
/usr/local/go/src/slices/slices.go:353:6:     from slices.~r0 = append(go.shape.[]*go/types.Var{}, slices.s...) (assign-pair) at /usr/local/go/src/slices/slices.go:353:6
/usr/local/go/src/slices/slices.go:353:6:   flow: slices.~r0 ← slices.~r0:
/usr/local/go/src/slices/slices.go:353:6:     from return slices.~r0 (return) at /usr/local/go/src/slices/slices.go:353:6
/usr/local/go/src/slices/slices.go:353:6: go.shape.[]*go/types.Var{} escapes to heap
/usr/local/go/src/slices/slices.go:353:6: append escapes to heap
./gctrace.go:250:65: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap in formatGCTrace.func1:
./gctrace.go:250:65:   flow: ~r0 ← &{storage for string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize))}:
./gctrace.go:250:65:     from string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (spill) at ./gctrace.go:250:65
./gctrace.go:250:65:     from ~r0 = string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) (assign-pair) at ./gctrace.go:250:65
./gctrace.go:250:65:   flow: ~r0 ← ~r0:
./gctrace.go:250:65:     from ~r0 = ~r0 (assign-pair) at ./gctrace.go:250:65
./gctrace.go:250:65:   flow: ~r0 ← ~r0:
./gctrace.go:250:65:     from return ~r0 (return) at ./gctrace.go:250:39
./gctrace.go:250:65: string(strconv.genericFtoa(make([]byte, 0, max(strconv.prec + 4, 24)), strconv.f, strconv.fmt, strconv.prec, strconv.bitSize)) escapes to heap
./gctrace.go:250:65: make([]byte, 0, max(strconv.prec + 4, 24)) does not escape
/usr/local/go/src/slices/zsortordered.go:325:20: slices.reverseRangeOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
/usr/local/go/src/slices/zsortordered.go:325:20: slices.reverseRangeOrdered[go.shape.int64] ignoring self-assignment in slices.data[slices.i], slices.data[slices.j] = slices.data[slices.j], slices.data[slices.i]
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
/usr/local/go/src/slices/zsortanyfunc.go:331:24: slices.swapRangeCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:331:24: slices.swapRangeCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.a + slices.i], slices.data[slices.b + slices.i] = slices.data[slices.b + slices.i], slices.data[slices.a + slices.i]
/usr/local/go/src/slices/zsortanyfunc.go:13:23: slices.insertionSortCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/slices/zsortanyfunc.go:13:23: slices.insertionSortCmpFunc[go.shape.struct { main.calls uint64; main.size int64 }] ignoring self-assignment in slices.data[slices.j], slices.data[slices.j - 1] = slices.data[slices.j - 1], slices.data[slices.j]
/usr/local/go/src/sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer[sync.poolChainElt]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.x, atomic..dict, atomic.old, atomic.new := atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:7:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:37: parameter atomic.old leaks to {heap} for (*Pointer[sync.poolChainElt]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:37:   flow: atomic.old ← atomic.old:
/usr/local/go/src/sync/atomic/type.go:67:37:     from atomic.x, atomic..dict, atomic.old, atomic.new := atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:37:   flow: {heap} ← atomic.old:
/usr/local/go/src/sync/atomic/type.go:67:37:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:42: parameter atomic.new leaks to {heap} for (*Pointer[sync.poolChainElt]).CompareAndSwap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:67:42:   flow: atomic.new ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:67:42:     from atomic.x, atomic..dict, atomic.old, atomic.new := atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.old, atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:67:42:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:67:42:     from atomic.CompareAndSwapPointer(&atomic.x.v, unsafe.Pointer(atomic.old), unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:67:6
/usr/local/go/src/sync/atomic/type.go:64:7: parameter atomic.x leaks to {heap} for (*Pointer[sync.poolChainElt]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.x, atomic..dict, atomic.new := atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:7:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:27: parameter atomic.new leaks to {heap} for (*Pointer[sync.poolChainElt]).Swap with derefs=0:
/usr/local/go/src/sync/atomic/type.go:64:27:   flow: atomic.new ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:64:27:     from atomic.x, atomic..dict, atomic.new := atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.new (assign-pair) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:64:27:   flow: {heap} ← atomic.new:
/usr/local/go/src/sync/atomic/type.go:64:27:     from atomic.SwapPointer(&atomic.x.v, unsafe.Pointer(atomic.new)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:64:6
/usr/local/go/src/sync/atomic/type.go:61:7: parameter atomic.x leaks to {heap} for (*Pointer[sync.poolChainElt]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.x, atomic..dict, atomic.val := atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.val (assign-pair) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:7:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:28: parameter atomic.val leaks to {heap} for (*Pointer[sync.poolChainElt]).Store with derefs=0:
/usr/local/go/src/sync/atomic/type.go:61:28:   flow: atomic.val ← atomic.val:
/usr/local/go/src/sync/atomic/type.go:61:28:     from atomic.x, atomic..dict, atomic.val := atomic.x, &atomic..dict.Pointer[sync.poolChainElt], atomic.val (assign-pair) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:61:28:   flow: {heap} ← atomic.val:
/usr/local/go/src/sync/atomic/type.go:61:28:     from atomic.StorePointer(&atomic.x.v, unsafe.Pointer(atomic.val)) (call parameter) at /usr/local/go/src/sync/atomic/type.go:61:6
/usr/local/go/src/sync/atomic/type.go:58:7: parameter atomic.x leaks to {heap} for (*Pointer[sync.poolChainElt]).Load with derefs=0:
/usr/local/go/src/sync/atomic/type.go:58:7:   flow: atomic.x ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.x, atomic..dict := atomic.x, &atomic..dict.Pointer[sync.poolChainElt] (assign-pair) at /usr/local/go/src/sync/atomic/type.go:58:6
/usr/local/go/src/sync/atomic/type.go:58:7:   flow: {heap} ← atomic.x:
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.x.v (dot of pointer) at /usr/local/go/src/sync/atomic/type.go:58:6
/usr/local/go/src/sync/atomic/type.go:58:7:     from &atomic.x.v (address-of) at /usr/local/go/src/sync/atomic/type.go:58:6
/usr/local/go/src/sync/atomic/type.go:58:7:     from atomic.LoadPointer(&atomic.x.v) (call parameter) at /usr/local/go/src/sync/atomic/type.go:58:6
./escape.go:93:7: parameter p leaks to {heap} for (*Pos).String with derefs=1:
./escape.go:93:7:   flow: {heap} ← *p:
./escape.go:93:7:     from p (indirection) at <autogenerated>:1
./escape.go:93:7:     from Pos.String(p) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for layoutSizes.Alignof with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Sizes (dot) at <autogenerated>:1
<autogenerated>:1:     from ~p0.Sizes.Alignof(types.T) (call parameter) at <autogenerated>:1
/usr/local/go/src/go/types/sizes.go:17:10: parameter types.T leaks to {heap} for layoutSizes.Alignof with derefs=0:
/usr/local/go/src/go/types/sizes.go:17:10:   flow: {heap} ← types.T:
/usr/local/go/src/go/types/sizes.go:17:10:     from ~p0.Sizes.Alignof(types.T) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for (*layoutSizes).Alignof with derefs=1:
<autogenerated>:1:   flow: {heap} ← *~p0:
<autogenerated>:1:     from ~p0.Sizes (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from ~p0.Sizes.Alignof(types.T) (call parameter) at <autogenerated>:1
/usr/local/go/src/go/types/sizes.go:17:10: parameter types.T leaks to {heap} for (*layoutSizes).Alignof with derefs=0:
/usr/local/go/src/go/types/sizes.go:17:10:   flow: {heap} ← types.T:
/usr/local/go/src/go/types/sizes.go:17:10:     from ~p0.Sizes.Alignof(types.T) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for layoutSizes.Offsetsof with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Sizes (dot) at <autogenerated>:1
<autogenerated>:1:     from ~p0.Sizes.Offsetsof(types.fields) (call parameter) at <autogenerated>:1
/usr/local/go/src/go/types/sizes.go:22:12: parameter types.fields leaks to {heap} for layoutSizes.Offsetsof with derefs=0:
/usr/local/go/src/go/types/sizes.go:22:12:   flow: {heap} ← types.fields:
/usr/local/go/src/go/types/sizes.go:22:12:     from ~p0.Sizes.Offsetsof(types.fields) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for (*layoutSizes).Offsetsof with derefs=1:
<autogenerated>:1:   flow: {heap} ← *~p0:
<autogenerated>:1:     from ~p0.Sizes (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from ~p0.Sizes.Offsetsof(types.fields) (call parameter) at <autogenerated>:1
/usr/local/go/src/go/types/sizes.go:22:12: parameter types.fields leaks to {heap} for (*layoutSizes).Offsetsof with derefs=0:
/usr/local/go/src/go/types/sizes.go:22:12:   flow: {heap} ← types.fields:
/usr/local/go/src/go/types/sizes.go:22:12:     from ~p0.Sizes.Offsetsof(types.fields) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for layoutSizes.Sizeof with derefs=0:
<autogenerated>:1:   flow: {heap} ← ~p0:
<autogenerated>:1:     from ~p0.Sizes (dot) at <autogenerated>:1
<autogenerated>:1:     from ~p0.Sizes.Sizeof(types.T) (call parameter) at <autogenerated>:1
/usr/local/go/src/go/types/sizes.go:27:9: parameter types.T leaks to {heap} for layoutSizes.Sizeof with derefs=0:
/usr/local/go/src/go/types/sizes.go:27:9:   flow: {heap} ← types.T:
/usr/local/go/src/go/types/sizes.go:27:9:     from ~p0.Sizes.Sizeof(types.T) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter ~p0 leaks to {heap} for (*layoutSizes).Sizeof with derefs=1:
<autogenerated>:1:   flow: {heap} ← *~p0:
<autogenerated>:1:     from ~p0.Sizes (dot of pointer) at <autogenerated>:1
<autogenerated>:1:     from ~p0.Sizes.Sizeof(types.T) (call parameter) at <autogenerated>:1
/usr/local/go/src/go/types/sizes.go:27:9: parameter types.T leaks to {heap} for (*layoutSizes).Sizeof with derefs=0:
/usr/local/go/src/go/types/sizes.go:27:9:   flow: {heap} ← types.T:
/usr/local/go/src/go/types/sizes.go:27:9:     from ~p0.Sizes.Sizeof(types.T) (call parameter) at <autogenerated>:1
./layout.go:118:7: parameter s leaks to {heap} for (*layoutSizes).layoutOf with derefs=1:
./layout.go:118:7:   flow: {heap} ← *s:
./layout.go:118:7:     from s (indirection) at <autogenerated>:1
./layout.go:118:7:     from layoutSizes.layoutOf(s, name, fields) (call parameter) at <autogenerated>:1
./layout.go:118:44: parameter fields leaks to {heap} for (*layoutSizes).layoutOf with derefs=0:
./layout.go:118:44:   flow: {heap} ← fields:
./layout.go:118:44:     from layoutSizes.layoutOf(s, name, fields) (call parameter) at <autogenerated>:1
./layout.go:118:31: parameter name leaks to {heap} for (*layoutSizes).layoutOf with derefs=1:
./layout.go:118:31:   flow: {temp} ← name:
./layout.go:118:31:     from layoutSizes.layoutOf(s, name, fields) (call parameter) at <autogenerated>:1
./layout.go:118:31:   flow: {heap} ← *{temp}:
./layout.go:118:31: parameter name leaks to ~r0 for (*layoutSizes).layoutOf with derefs=0:
./layout.go:118:31:   flow: {temp} ← name:
./layout.go:118:31:     from layoutSizes.layoutOf(s, name, fields) (call parameter) at <autogenerated>:1
./layout.go:118:31:   flow: ~r0 ← {temp}:
./layout.go:118:31:     from return layoutSizes.layoutOf(s, name, fields) (return) at <autogenerated>:1
./layout.go:148:7: parameter s leaks to {heap} for (*layoutSizes).optimalOrder with derefs=1:
./layout.go:148:7:   flow: {heap} ← *s:
./layout.go:148:7:     from s (indirection) at <autogenerated>:1
./layout.go:148:7:     from layoutSizes.optimalOrder(s, fields) (call parameter) at <autogenerated>:1
./layout.go:148:35: parameter fields leaks to {heap} for (*layoutSizes).optimalOrder with derefs=1:
./layout.go:148:35:   flow: {heap} ← *fields:
./layout.go:148:35:     from layoutSizes.optimalOrder(s, fields) (call parameter) at <autogenerated>:1
./layout.go:78:7: parameter s leaks to {heap} for (*layoutSizes).ptrdata with derefs=1:
./layout.go:78:7:   flow: {heap} ← *s:
./layout.go:78:7:     from s (indirection) at <autogenerated>:1
./layout.go:78:7:     from layoutSizes.ptrdata(s, t) (call parameter) at <autogenerated>:1
./layout.go:78:30: parameter t leaks to {heap} for (*layoutSizes).ptrdata with derefs=0:
./layout.go:78:30:   flow: {heap} ← t:
./layout.go:78:30:     from layoutSizes.ptrdata(s, t) (call parameter) at <autogenerated>:1
./tune.go:54:7: parameter r leaks to {heap} for (*TuneRow).median with derefs=2:
./tune.go:54:7:   flow: {heap} ← **r:
./tune.go:54:7:     from r (indirection) at <autogenerated>:1
./tune.go:54:7:     from TuneRow.median(r, f) (call parameter) at <autogenerated>:1
./tune.go:67:7: parameter r leaks to {heap} for (*TuneRow).spread with derefs=2:
./tune.go:67:7:   flow: r ← *r:
./tune.go:67:7:     from r (indirection) at <autogenerated>:1
./tune.go:67:7:     from r, f := r, f (assign-pair) at <autogenerated>:1
./tune.go:67:7:   flow: {temp} ← r:
./tune.go:67:7:     from r.Runs (dot) at <autogenerated>:1
./tune.go:67:7:   flow: w ← *{temp}:
./tune.go:67:7:     from for loop (range-deref) at <autogenerated>:1
./tune.go:67:7:   flow: {heap} ← w:
./tune.go:67:7:     from f(w) (call parameter) at <autogenerated>:1
./unsafe.go:126:7: parameter v leaks to ~r0 for (*LEView).Uint64s with derefs=1:
./unsafe.go:126:7:   flow: .autotmp_3 ← *v:
./unsafe.go:126:7:     from v (indirection) at <autogenerated>:1
./unsafe.go:126:7:     from LEView.Uint64s(v) (call parameter) at <autogenerated>:1
./unsafe.go:126:7:   flow: ~r0 ← .autotmp_3:
./unsafe.go:126:7:     from return .autotmp_3, .autotmp_4 (return) at <autogenerated>:1
./unsafe.go:80:7: parameter v leaks to ~r0 for (*LEView).span with derefs=1:
./unsafe.go:80:7:   flow: .autotmp_5 ← *v:
./unsafe.go:80:7:     from v (indirection) at <autogenerated>:1
./unsafe.go:80:7:     from LEView.span(v, off, n) (call parameter) at <autogenerated>:1
./unsafe.go:80:7:   flow: ~r0 ← .autotmp_5:
./unsafe.go:80:7:     from return .autotmp_5, .autotmp_6 (return) at <autogenerated>:1
/usr/local/go/src/sync/poolqueue.go:147:7: parameter sync.d leaks to {heap} for (*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.popTail with derefs=1:
/usr/local/go/src/sync/poolqueue.go:147:7:   flow: {temp} ← sync.d:
/usr/local/go/src/sync/poolqueue.go:147:7:     from sync.d.poolDequeue (dot of pointer) at <autogenerated>:1
/usr/local/go/src/sync/poolqueue.go:147:7:     from sync.d.poolDequeue (address-of) at <autogenerated>:1
/usr/local/go/src/sync/poolqueue.go:147:7:     from (*sync.poolDequeue).popTail(sync.d.poolDequeue) (call parameter) at <autogenerated>:1
/usr/local/go/src/sync/poolqueue.go:147:7:   flow: {heap} ← *{temp}:
/usr/local/go/src/sync/poolqueue.go:80:32: parameter sync.val leaks to {heap} for (*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pushHead with derefs=0:
/usr/local/go/src/sync/poolqueue.go:80:32:   flow: {heap} ← sync.val:
/usr/local/go/src/sync/poolqueue.go:80:32:     from (*sync.poolDequeue).pushHead(sync.d.poolDequeue, sync.val) (call parameter) at <autogenerated>:1
/usr/local/go/src/sync/poolqueue.go:80:7: parameter sync.d leaks to {heap} for (*struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }).sync.pushHead with derefs=1:
/usr/local/go/src/sync/poolqueue.go:80:7:   flow: {temp} ← sync.d:
/usr/local/go/src/sync/poolqueue.go:80:7:     from sync.d.poolDequeue (dot of pointer) at <autogenerated>:1
/usr/local/go/src/sync/poolqueue.go:80:7:     from sync.d.poolDequeue (address-of) at <autogenerated>:1
/usr/local/go/src/sync/poolqueue.go:80:7:     from (*sync.poolDequeue).pushHead(sync.d.poolDequeue, sync.val) (call parameter) at <autogenerated>:1
/usr/local/go/src/sync/poolqueue.go:80:7:   flow: {heap} ← *{temp}:
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for interface { String() string; Underlying() go/types.Type }.String with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.String() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter go.shape.~p0 leaks to {heap} for interface { String() string; Underlying() go/types.Type }.Underlying with derefs=0:
<autogenerated>:1:   flow: {heap} ← go.shape.~p0:
<autogenerated>:1:     from go.shape.~p0.Underlying() (call parameter) at <autogenerated>:1
/usr/local/go/src/runtime/mcleanup.go:100:21: index bounds check elided
