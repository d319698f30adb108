package main

import "fmt"

// Widths are counted per grapheme cluster, in terminal cells.
func ExampleStringWidth() {
	fmt.Println(StringWidth("abc"), StringWidth("e\u0301"), StringWidth("日本"), StringWidth("👩\u200d💻"))
	// Output: 3 1 4 2
}

// The driver runs a model without a terminal, synchronously.
func ExampleDriver() {
	d := NewDriver(newDashboard(Plain, false), 100, 30)
	d.Keys("down", "down", "enter")
	c, _ := d.Model().(*dashboard).jobs.Chosen()
	fmt.Println(c)
	// Output: deploy 🚀 #1002 zürich
}
