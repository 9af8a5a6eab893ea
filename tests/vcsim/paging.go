// Paging for RetrievePropertiesEx, which the 0.24 simulator ignores: it answers every object at
// once. vCenter returns at most options.maxObjects objects (and may return fewer) with a token for
// ContinueRetrievePropertiesEx; this harness does the same, so clients' paging is tested.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"sync"
)

type pager struct {
	maxPage int // the server's own cap per page; 0: only the request's maxObjects
	mu      sync.Mutex
	pending map[string][][]byte // token → the objects still to send
	next    int
}

var (
	maxObjects    = regexp.MustCompile(`<(?:\w+:)?maxObjects>(\d+)</`)
	tokenArgument = regexp.MustCompile(`<(?:\w+:)?token>([^<]+)</`)
	objectElement = regexp.MustCompile(`(?s)<objects>.*?</objects>`)
)

func newPager(maxPage int) *pager {
	return &pager{maxPage: maxPage, pending: map[string][][]byte{}}
}

func (p *pager) pageSize(body []byte) int {
	size := 0
	if m := maxObjects.FindSubmatch(body); m != nil {
		size, _ = strconv.Atoi(string(m[1]))
	}
	if p.maxPage > 0 && (size == 0 || size > p.maxPage) {
		size = p.maxPage
	}
	return size
}

// page answers with the first `size` objects and keeps the rest under a new token.
func (p *pager) page(w http.ResponseWriter, responseName string, objects [][]byte, size int) {
	var out bytes.Buffer
	fmt.Fprintf(&out, `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><%s xmlns="urn:vim25"><returnval>`, responseName)
	if size <= 0 || size > len(objects) {
		size = len(objects)
	}
	if size < len(objects) {
		p.mu.Lock()
		p.next++
		token := strconv.Itoa(p.next)
		p.pending[token] = objects[size:]
		p.mu.Unlock()
		fmt.Fprintf(&out, "<token>%s</token>", token)
		log.Printf("vcsim: %s page of %d objects, %d more under token %s", responseName, size, len(objects)-size, token)
	}
	for _, object := range objects[:size] {
		out.Write(object)
	}
	fmt.Fprintf(&out, "</returnval></%s></soapenv:Body></soapenv:Envelope>", responseName)
	w.Header().Set("Content-Type", "text/xml; charset=utf-8")
	_, _ = w.Write(out.Bytes())
}

// wrap pages RetrievePropertiesEx answers and serves ContinueRetrievePropertiesEx from them.
func (p *pager) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		switch {
		case bytes.Contains(body, []byte("ContinueRetrievePropertiesEx")):
			m := tokenArgument.FindSubmatch(body)
			p.mu.Lock()
			var objects [][]byte
			if m != nil {
				objects = p.pending[string(m[1])]
				delete(p.pending, string(m[1]))
			}
			p.mu.Unlock()
			if objects == nil {
				http.Error(w, "unknown token", http.StatusInternalServerError)
				return
			}
			p.page(w, "ContinueRetrievePropertiesExResponse", objects, p.pageSize(body))
		case bytes.Contains(body, []byte("RetrievePropertiesEx")):
			size := p.pageSize(body)
			recorder := httptest.NewRecorder()
			next.ServeHTTP(recorder, r)
			objects := objectElement.FindAll(recorder.Body.Bytes(), -1)
			if recorder.Code != http.StatusOK || size <= 0 || len(objects) <= size {
				for k, v := range recorder.Header() {
					w.Header()[k] = v
				}
				w.WriteHeader(recorder.Code)
				_, _ = w.Write(recorder.Body.Bytes())
				return
			}
			p.page(w, "RetrievePropertiesExResponse", objects, size)
		default:
			next.ServeHTTP(w, r)
		}
	})
}
