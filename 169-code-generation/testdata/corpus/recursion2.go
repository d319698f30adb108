package corpus

func pong(n int) int {
	if n == 0 {
		return 1
	}
	return pang(n - 1)
}

func pang(n int) int { return ping(n) }

// generic type with methods, for receiver names with type parameters.
type stack[T any] struct{ items []T }

func (s *stack[T]) push(v T) { s.items = append(s.items, v) }

func (s *stack[T]) drain(yield func(T) bool) {
	for len(s.items) > 0 {
		v := s.items[len(s.items)-1]
		s.items = s.items[:len(s.items)-1]
		if !yield(v) {
			return
		}
		s.drain(yield)
	}
}
