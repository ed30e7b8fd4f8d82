//go:build js && wasm

// Command wasm is the library in the browser: it registers a global object lhasa whose
// functions pass bytes between the page's JavaScript and package webapp, and then waits.
// Build it with the README's command (GOOS=js GOARCH=wasm); examples/web serves it.
//
// Every function returns a JSON string: the answer, or {"error": {"zh": …, "en": …}} on
// bad input. A panic (which the library promises never to raise) is caught and returned
// as an error too, so the page never goes blank.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"syscall/js"

	"github.com/lhasa-sti/platform/examples/internal/webapp"
)

func main() {
	api := js.Global().Get("Object").New()
	api.Set("meta", fn(func(args []js.Value) ([]byte, error) { return webapp.MetaJSON(), nil }))
	api.Set("facts", fn(func(args []js.Value) ([]byte, error) { return webapp.FactsJSON(arg(args, 0)) }))
	api.Set("check", fn(func(args []js.Value) ([]byte, error) { return webapp.Check([]byte(arg(args, 0))) }))
	api.Set("cohort", fn(func(args []js.Value) ([]byte, error) {
		var data []byte
		if len(args) > 0 && args[0].Type() == js.TypeObject {
			data = make([]byte, args[0].Get("length").Int())
			js.CopyBytesToGo(data, args[0])
		}
		return webapp.CohortJSON(data, arg(args, 1), arg(args, 2))
	}))
	js.Global().Set("lhasa", api)
	if ready := js.Global().Get("lhasaReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// arg is the i-th argument as a string; "" when missing.
func arg(args []js.Value, i int) string {
	if i >= len(args) || args[i].Type() != js.TypeString {
		return ""
	}
	return args[i].String()
}

// fn wraps f as a JavaScript function returning JSON text.
func fn(f func(args []js.Value) ([]byte, error)) js.Func {
	return js.FuncOf(func(this js.Value, args []js.Value) (out any) {
		defer func() {
			if r := recover(); r != nil {
				out = errorJSON(&webapp.Error{Zh: fmt.Sprint("内部错误：", r), En: fmt.Sprint("internal error: ", r)})
			}
		}()
		b, err := f(args)
		if err != nil {
			return errorJSON(err)
		}
		return string(b)
	})
}

func errorJSON(err error) string {
	var we *webapp.Error
	if !errors.As(err, &we) {
		we = &webapp.Error{Zh: err.Error(), En: err.Error()}
	}
	b, _ := json.Marshal(map[string]*webapp.Error{"error": we})
	return string(b)
}
