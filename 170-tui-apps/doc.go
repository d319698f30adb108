// Command 170-tui-apps is a small Model-View-Update terminal framework,
// its widgets, and a dashboard built from them, that behaves in a real
// terminal: raw mode, the alternate screen and bracketed paste on while it
// runs, and the terminal given back exactly as it was — after Quit, after
// SIGINT or SIGTERM, and after a panic in Update, View or any Cmd.
//
// # Pieces
//
//   - program.go: Model, Msg, Cmd, Batch, Sequence, Tick, Every, Quit and
//     the Program that owns the terminal.
//   - input.go: the parser of what terminals send (UTF-8, C0 controls,
//     Alt, CSI and SS3 keys with xterm modifiers, bracketed paste, SGR
//     mouse), fuzzed so that every byte is accounted for.
//   - render.go: width by grapheme cluster (github.com/rivo/uniseg) and a
//     renderer that writes only the changed cells of changed lines, scrolls
//     a region when lines moved, and wraps each frame in synchronized
//     output.
//   - style.go: SGR attributes and colours brought down to the terminal's
//     profile, borders and joins by display cells.
//   - textinput.go, list.go, table.go, progress.go, form.go: the widgets;
//     dashboard.go composes them.
//   - driver.go: a synchronous, deterministic test driver with a virtual
//     clock, also behind -keys; SetOutput gives it the program's real
//     output, which the golden tests feed to a VT emulator
//     (github.com/charmbracelet/x/vt).
//
// Program.RunHeadless runs the real loop on any writer, messages coming
// from Send: the benchmarks beside Bubble Tea v2 (peer_bench_test.go) run
// both frameworks' loops that way.
//
// # Design
//
// Widgets are pointer components owned by the application's model (as in
// tview), not values returned from Update as in Bubble Tea: one model value
// holds them, Update and View run on one goroutine, so no widget needs a
// lock. Timers are requests the loop turns into timers, never Cmds that
// sleep, so the Driver can run the same model in virtual time.
package main
