// File transfers to and from guests. InitiateFileTransfer{To,From}Guest hand out
// <scheme>://*/guestFile?id=<token>: host "*" as ESXi sends it (the client puts in the host and
// port it talks to), the path served by this harness's listener. A token is good for one PUT
// (upload) or GET (download) of one VM's file within guestTransferLifetime.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"
)

const (
	guestTransferPath     = "/guestFile"
	guestTransferLifetime = 5 * time.Minute
)

type guestTransfer struct {
	vm        string
	box       *sandbox
	guest     string // the guest path, resolved again when the transfer starts
	upload    bool
	size      int64 // an upload's announced fileSize
	overwrite bool
	attrs     types.BaseGuestFileAttributes
	expires   time.Time
}

func (g *guestOps) newTransfer(t *guestTransfer) string {
	raw := make([]byte, 16)
	if _, err := rand.Read(raw); err != nil {
		panic(err) // no randomness, no tokens worth the name
	}
	token := hex.EncodeToString(raw)
	t.expires = time.Now().Add(guestTransferLifetime)
	g.mu.Lock()
	defer g.mu.Unlock()
	for id, old := range g.transfers {
		if time.Now().After(old.expires) {
			delete(g.transfers, id)
		}
	}
	g.transfers[token] = t
	return (&url.URL{Scheme: g.scheme, Host: "*", Path: guestTransferPath, RawQuery: "id=" + token}).String()
}

// uploadTarget checks the destination of an upload; overwrite=false and an existing file is
// FileAlreadyExists here, at initiate time, as on ESXi.
func uploadTarget(box *sandbox, guest string, overwrite bool) (string, *soap.Fault) {
	host, f := box.resolve("guestFilePath", guest, false)
	if f != nil {
		return "", f
	}
	if isGuestRoot(guest) {
		return "", faultf(&types.NotAFile{FileFault: types.FileFault{File: guest}}, "%s is not a file", guest)
	}
	if st, err := os.Stat(filepath.Dir(host)); err != nil {
		return "", fileFault(guest, err)
	} else if !st.IsDir() {
		return "", faultf(&types.NotADirectory{FileFault: types.FileFault{File: guest}}, "%s: the parent is not a directory", guest)
	}
	if st, err := os.Stat(host); err == nil {
		if st.IsDir() {
			return "", faultf(&types.NotAFile{FileFault: types.FileFault{File: guest}}, "%s is not a file", guest)
		}
		if !overwrite {
			return "", faultf(&types.FileAlreadyExists{FileFault: types.FileFault{File: guest}}, "File %s already exists", guest)
		}
	}
	return host, nil
}

func (m *GuestFileManagerX) InitiateFileTransferToGuest(req *types.InitiateFileTransferToGuest) soap.HasFault {
	body := &methods.InitiateFileTransferToGuestBody{}
	vm, f := m.g.enter(req.Vm, req.Auth)
	if f == nil && req.FileSize < 0 {
		f = faultf(&types.InvalidArgument{InvalidProperty: "fileSize"}, "A specified parameter was not correct: fileSize")
	}
	if f == nil {
		_, f = uploadTarget(vm.box, req.GuestFilePath, req.Overwrite)
	}
	if f == nil {
		if _, ok := req.FileAttributes.(*types.GuestWindowsFileAttributes); ok {
			f = faultf(&types.InvalidArgument{InvalidProperty: "fileAttributes"}, "A specified parameter was not correct: fileAttributes (not POSIX attributes)")
		}
	}
	if f != nil {
		body.Fault_ = f
		return body
	}
	u := m.g.newTransfer(&guestTransfer{vm: req.Vm.Value, box: vm.box, guest: req.GuestFilePath, upload: true,
		size: req.FileSize, overwrite: req.Overwrite, attrs: req.FileAttributes})
	body.Res = &types.InitiateFileTransferToGuestResponse{Returnval: u}
	return body
}

func (m *GuestFileManagerX) InitiateFileTransferFromGuest(req *types.InitiateFileTransferFromGuest) soap.HasFault {
	body := &methods.InitiateFileTransferFromGuestBody{}
	vm, f := m.g.enter(req.Vm, req.Auth)
	var host string
	if f == nil {
		host, f = vm.box.resolve("guestFilePath", req.GuestFilePath, true)
	}
	var st os.FileInfo
	if f == nil {
		var err error
		if st, err = os.Stat(host); err != nil {
			f = fileFault(req.GuestFilePath, err)
		} else if !st.Mode().IsRegular() {
			f = faultf(&types.NotAFile{FileFault: types.FileFault{File: req.GuestFilePath}}, "%s is not a file", req.GuestFilePath)
		}
	}
	if f != nil {
		body.Fault_ = f
		return body
	}
	u := m.g.newTransfer(&guestTransfer{vm: req.Vm.Value, box: vm.box, guest: req.GuestFilePath})
	body.Res = &types.InitiateFileTransferFromGuestResponse{Returnval: types.FileTransferInformation{
		Attributes: vm.box.posixAttributes(host, st), Size: st.Size(), Url: u}}
	return body
}

// serveTransfer answers PUT (upload) and GET (download) on /guestFile?id=<token>.
func (g *guestOps) serveTransfer(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("id")
	g.mu.Lock()
	t := g.transfers[token]
	if t != nil && time.Now().After(t.expires) {
		delete(g.transfers, token)
		t = nil
	}
	wrongMethod := t != nil && ((t.upload && r.Method != http.MethodPut) || (!t.upload && r.Method != http.MethodGet))
	if t != nil && !wrongMethod {
		delete(g.transfers, token) // one use only
	}
	g.mu.Unlock()
	switch {
	case t == nil:
		http.Error(w, "unknown, used or expired transfer id", http.StatusNotFound)
	case wrongMethod && t.upload:
		w.Header().Set("Allow", http.MethodPut)
		http.Error(w, "this transfer is an upload: PUT", http.StatusMethodNotAllowed)
	case wrongMethod:
		w.Header().Set("Allow", http.MethodGet)
		http.Error(w, "this transfer is a download: GET", http.StatusMethodNotAllowed)
	case t.upload:
		g.receive(w, r, t)
	default:
		g.send(w, r, t)
	}
}

func (g *guestOps) send(w http.ResponseWriter, r *http.Request, t *guestTransfer) {
	host, f := t.box.resolve("guestFilePath", t.guest, true)
	if f != nil {
		http.Error(w, f.String, http.StatusForbidden)
		return
	}
	file, err := os.Open(host)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	defer file.Close()
	st, err := file.Stat()
	if err != nil || !st.Mode().IsRegular() {
		http.Error(w, "not a file", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.FormatInt(st.Size(), 10))
	w.WriteHeader(http.StatusOK)
	n, err := io.Copy(w, file)
	log.Printf("vcsim: guest %s: sent %s (%d bytes)", t.vm, t.guest, n)
	if err != nil {
		log.Printf("vcsim: guest %s: download of %s: %v", t.vm, t.guest, err)
	}
}

// receive streams the body into a temporary file beside the target and renames it into place
// once all fileSize bytes arrived; an incomplete upload leaves the target as it was.
func (g *guestOps) receive(w http.ResponseWriter, r *http.Request, t *guestTransfer) {
	if r.ContentLength != t.size {
		http.Error(w, fmt.Sprintf("Content-Length must be the announced fileSize %d", t.size), http.StatusBadRequest)
		return
	}
	host, f := uploadTarget(t.box, t.guest, t.overwrite)
	if f != nil {
		status := http.StatusForbidden
		if _, exists := f.VimFault().(*types.FileAlreadyExists); exists {
			status = http.StatusConflict
		}
		http.Error(w, f.String, status)
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(host), ".vcsim-upload-*")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	n, err := io.Copy(tmp, io.LimitReader(r.Body, t.size))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil && n != t.size {
		err = errors.New("the body ended early")
	}
	if err != nil {
		log.Printf("vcsim: guest %s: upload of %s failed after %d bytes: %v", t.vm, t.guest, n, err)
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	mode := os.FileMode(0o644) // a new file as the guest's umask 022 makes it
	if st, err := os.Stat(host); err == nil {
		mode = st.Mode().Perm()
	}
	if err := os.Chmod(tmp.Name(), mode); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if f := applyAttributes(t.guest, tmp.Name(), t.attrs); f != nil {
		http.Error(w, f.String, http.StatusForbidden)
		return
	}
	if !t.overwrite {
		// Only a link refuses to replace a file that appeared since the initiate call.
		err = os.Link(tmp.Name(), host)
	} else {
		err = os.Rename(tmp.Name(), host)
	}
	if err != nil {
		status := http.StatusInternalServerError
		if os.IsExist(err) {
			status = http.StatusConflict
		}
		http.Error(w, err.Error(), status)
		return
	}
	log.Printf("vcsim: guest %s: received %s (%d bytes)", t.vm, t.guest, n)
	w.WriteHeader(http.StatusOK)
}
