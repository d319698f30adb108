package main

import (
	"context"
	"fmt"
	"time"
)

// A late subscriber replays history, and a full buffer drops the oldest
// event and says so on the next one.
func ExampleBroker() {
	b := NewBroker[string](BrokerOptions{History: 2})
	defer b.Close()
	for _, v := range []string{"placed", "paid", "shipped"} {
		_, _ = b.Publish("orders.eu", v)
	}
	s, _ := b.Subscribe("orders.*", WithReplay(2), WithBuffer(1))
	_, _ = b.Publish("orders.us", "refunded")
	for range 3 {
		ev, _ := s.Next(context.Background())
		fmt.Println(ev.Seq, ev.Topic, ev.Value, "missed:", ev.Missed)
	}
	// Output:
	// 2 orders.eu paid missed: 0
	// 3 orders.eu shipped missed: 0
	// 4 orders.us refunded missed: 0
}

// Multi-line data becomes several data: lines; an id with a newline is refused.
func ExampleAppendMessage() {
	out, _ := AppendMessage(nil, &Message{ID: "7", Event: "note", Data: "two\nlines"})
	fmt.Print(string(out))
	_, err := AppendMessage(nil, &Message{ID: "7\n8"})
	fmt.Println(err)
	// Output:
	// id: 7
	// event: note
	// data: two
	// data: lines
	//
	// sse: invalid field: id "7\n8" contains CR, LF or NUL
}

// An event arriving after its window fired re-emits the window as revision 1.
func ExampleWindower() {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	w, _ := NewWindower(WindowOptions[string]{Kind: Tumbling, Size: 10 * time.Second,
		MaxOutOfOrder: 2 * time.Second, AllowedLateness: time.Minute})
	show := func(rs []WindowResult[string]) {
		for _, r := range rs {
			fmt.Printf("%s [%s, %s) rev %d count %d sum %.0f\n", r.Key, r.Start.Format("15:04:05"),
				r.End.Format("15:04:05"), r.Revision, r.Agg.Count, r.Agg.Sum)
		}
	}
	show(w.Add("cart", t0.Add(3*time.Second), 10))
	show(w.Add("cart", t0.Add(13*time.Second), 20)) // watermark 11 s: [0, 10) fires
	show(w.Add("cart", t0.Add(9*time.Second), 5))   // late, within lateness
	// Output:
	// cart [00:00:00, 00:00:10) rev 0 count 1 sum 10
	// cart [00:00:00, 00:00:10) rev 1 count 2 sum 15
}

// Adaptive sheds above its high watermark until it drains to the low one.
func ExampleQueue() {
	q, _ := NewQueue(QueueOptions[int]{Capacity: 8, Strategy: Adaptive, High: 4, Low: 1})
	n, err := q.PushN(context.Background(), []int{1, 2, 3, 4, 5, 6})
	s := q.Stats()
	fmt.Println(n, err, s.Depth, s.Shed, s.Shedding)
	// Output: 4 item dropped 4 2 true
}
