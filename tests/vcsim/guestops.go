// Guest operations (GuestOperationsManager's file, process and auth managers) for every powered-on
// VM. The 0.24 simulator runs them only inside Docker containers; this harness gives each VM a
// sandbox directory as its guest file system (--guest-root DIR/<VM MoRef>, with tmp/, root/ and
// home/) and runs guest programs as real child processes of the harness (guestops_process.go).
//
// The three managers are singletons nothing else in the simulator refers to, so the harness puts
// its own objects in simulator.Map under the simulator's references instead of re-addressing
// requests as export.go must for VirtualMachine.
//
// Every call checks, in vSphere's order: the VM exists (ManagedObjectNotFound), is powered on
// (InvalidPowerState, as vCenter and the simulator answer), its Tools run (GuestOperationsUnavailable
// for VMs named by --guest-tools-off, and for VMs whose guest info says their Tools are not
// installed or not running), and the credentials are a NamePasswordAuthentication equal to the
// harness's login (InvalidGuestLogin).
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25"
	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"
)

type guestOps struct {
	root     string // real path (symlinks resolved) of --guest-root
	toolsOff map[string]bool
	user     string // "" accepts any non-empty user and password
	password string
	scheme   string // "http" or "https", as the harness serves; set once the server runs
	demo     bool   // --demo: a new guest's home is not empty, so the app's demo has something to show

	mu        sync.Mutex
	transfers map[string]*guestTransfer
	procs     map[string]*guestProcessTable // VM MoRef → the programs it started
}

// GuestAuthManagerX, GuestFileManagerX and GuestProcessManagerX answer the guest operations calls.
type GuestAuthManagerX struct {
	mo.GuestAuthManager
	g *guestOps
}

type GuestFileManagerX struct {
	mo.GuestFileManager
	g *guestOps
}

type GuestProcessManagerX struct {
	mo.GuestProcessManager
	g *guestOps
}

// The root is spliced into shell command lines (guestops_process.go), so it must need no quoting.
var plainPath = regexp.MustCompile(`^[A-Za-z0-9/._+-]+$`)

// newGuestOps prepares the sandbox root and replaces the simulator's guest managers. toolsOff is
// a comma-separated list of VM names.
func newGuestOps(root, toolsOff, user, password string) (*guestOps, error) {
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, err
	}
	real, err := filepath.EvalSymlinks(root)
	if err == nil {
		real, err = filepath.Abs(real)
	}
	if err != nil {
		return nil, err
	}
	if !plainPath.MatchString(real) {
		return nil, fmt.Errorf("--guest-root %q: use a path of letters, digits and /._+- only", real)
	}
	g := &guestOps{root: real, toolsOff: map[string]bool{}, user: user, password: password,
		scheme: "http", transfers: map[string]*guestTransfer{}, procs: map[string]*guestProcessTable{}}
	for _, name := range strings.Split(toolsOff, ",") {
		if name = strings.TrimSpace(name); name != "" {
			g.toolsOff[name] = true
		}
	}

	si, ok := simulator.Map.Get(vim25.ServiceInstance).(*simulator.ServiceInstance)
	var manager *simulator.GuestOperationsManager
	if ok && si.Content.GuestOperationsManager != nil {
		manager, ok = simulator.Map.Get(*si.Content.GuestOperationsManager).(*simulator.GuestOperationsManager)
	}
	if !ok || manager == nil {
		return nil, errors.New("the simulator has no GuestOperationsManager")
	}
	if manager.AuthManager == nil {
		manager.AuthManager = &types.ManagedObjectReference{Type: "GuestAuthManager", Value: "guestOperationsAuthManager"}
	}
	auth := &GuestAuthManagerX{g: g}
	auth.Self = *manager.AuthManager
	files := &GuestFileManagerX{g: g}
	files.Self = *manager.FileManager
	processes := &GuestProcessManagerX{g: g}
	processes.Self = *manager.ProcessManager
	simulator.Map.Put(auth)
	simulator.Map.Put(files)
	simulator.Map.Put(processes)
	return g, nil
}

func faultf(f types.BaseMethodFault, format string, args ...interface{}) *soap.Fault {
	return simulator.Fault(fmt.Sprintf(format, args...), f)
}

// guestVM is what a call learnt about its VM once it passed the checks.
type guestVM struct {
	ref  types.ManagedObjectReference
	name string
	user string
	box  *sandbox
}

// enter checks the VM's state and the credentials, and makes the VM's sandbox on first use.
func (g *guestOps) enter(ref types.ManagedObjectReference, auth types.BaseGuestAuthentication) (*guestVM, *soap.Fault) {
	vm, ok := simulator.Map.Get(ref).(*simulator.VirtualMachine)
	if !ok {
		return nil, faultf(&types.ManagedObjectNotFound{Obj: ref}, "The object '%s' has already been deleted or has not been completely created", ref)
	}
	var power types.VirtualMachinePowerState
	var name, installed, running string
	simulator.Map.WithLock(vm, func() {
		power, name = vm.Runtime.PowerState, vm.Name
		if vm.Guest != nil {
			installed, running = vm.Guest.ToolsVersionStatus2, vm.Guest.ToolsRunningStatus
		}
	})
	if power != types.VirtualMachinePowerStatePoweredOn {
		return nil, faultf(&types.InvalidPowerState{RequestedState: types.VirtualMachinePowerStatePoweredOn, ExistingState: power},
			"The attempted operation cannot be performed in the current state (%s).", power)
	}
	// The simulator's own VMs say nothing of their Tools (no toolsVersionStatus2): they count as
	// running. VMs that do (--demo, guestip.go) are taken at their word.
	notRunning := installed != "" && running == string(types.VirtualMachineToolsRunningStatusGuestToolsNotRunning)
	if g.toolsOff[name] || installed == string(types.VirtualMachineToolsVersionStatusGuestToolsNotInstalled) || notRunning {
		return nil, faultf(&types.GuestOperationsUnavailable{},
			"The guest operations agent could not be contacted.")
	}
	creds, ok := auth.(*types.NamePasswordAuthentication)
	if !ok || creds.Username == "" || creds.Password == "" ||
		(g.user != "" && (creds.Username != g.user || creds.Password != g.password)) {
		return nil, faultf(&types.InvalidGuestLogin{}, "Failed to authenticate with the guest operating system using the supplied credentials.")
	}
	box, err := g.sandbox(ref.Value)
	if err != nil {
		log.Printf("vcsim: guest sandbox of %s: %v", ref.Value, err)
		return nil, faultf(&types.GuestOperationsUnavailable{}, "The guest file system is unavailable: %v", err)
	}
	return &guestVM{ref: ref, name: name, user: creds.Username, box: box}, nil
}

func (a *GuestAuthManagerX) ValidateCredentialsInGuest(req *types.ValidateCredentialsInGuest) soap.HasFault {
	body := &methods.ValidateCredentialsInGuestBody{}
	if _, f := a.g.enter(req.Vm, req.Auth); f != nil {
		body.Fault_ = f
		return body
	}
	body.Res = &types.ValidateCredentialsInGuestResponse{}
	return body
}

// sandbox is one VM's guest file system: guest path "/x" is root/x on this machine.
type sandbox struct {
	root string // real path, no trailing slash
}

// sandbox makes a VM's guest file system on first use only: what a client later does to /tmp or
// /root (even deleting them) stays done, as in a real guest.
func (g *guestOps) sandbox(moref string) (*sandbox, error) {
	g.mu.Lock() // the file and process managers may both make it at once
	defer g.mu.Unlock()
	root := filepath.Join(g.root, moref)
	if _, err := os.Lstat(root); err == nil {
		return &sandbox{root: root}, nil
	}
	for _, dir := range []string{"tmp", "root", "home"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			return nil, err
		}
	}
	if err := os.Chmod(filepath.Join(root, "tmp"), 0o777|os.ModeSticky); err != nil {
		return nil, err
	}
	if g.demo {
		if err := writeDemoHome(filepath.Join(root, "root")); err != nil {
			return nil, err
		}
	}
	return &sandbox{root: root}, nil
}

// writeDemoHome gives a demo guest's /root what an admin's home holds.
func writeDemoHome(home string) error {
	files := map[string]string{
		".bashrc":              "# ~/.bashrc\nexport EDITOR=vim\nalias ll='ls -l'\n",
		".ssh/authorized_keys": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ops@example.com\n",
		"app.conf":             "[server]\nlisten = 0.0.0.0:8080\nworkers = 4\n",
		"backups/README":       "Nightly dumps land here.\n",
		"install.log":          strings.Repeat("cloud-init: running module package_update_upgrade_install\n", 40),
	}
	for name, text := range files {
		path := filepath.Join(home, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func (b *sandbox) within(host string) bool {
	return host == b.root || strings.HasPrefix(host, b.root+string(filepath.Separator))
}

// guestPath is the guest's name of a path on this machine inside the sandbox.
func (b *sandbox) guestPath(host string) string {
	if !b.within(host) {
		return host
	}
	return "/" + strings.TrimPrefix(strings.TrimPrefix(host, b.root), "/")
}

// resolve maps an absolute guest path onto this machine. Every directory on the way has its
// symlinks resolved; the last component is followed only when follow is set (operations that
// act on a symlink itself, such as delete and move, must not). Leaving the sandbox is refused.
// prop names the request's parameter for InvalidArgument.
func (b *sandbox) resolve(prop, guest string, follow bool) (string, *soap.Fault) {
	if !path.IsAbs(guest) {
		return "", faultf(&types.InvalidArgument{InvalidProperty: prop}, "A specified parameter was not correct: %s (%q is not an absolute path)", prop, guest)
	}
	clean := path.Clean(guest)
	if clean == "/" {
		return b.root, nil
	}
	dir, base := path.Split(clean)
	host := filepath.Join(b.root, filepath.FromSlash(dir))
	rest := ""
	for {
		real, err := filepath.EvalSymlinks(host)
		if err == nil {
			host = filepath.Join(real, rest, base)
			break
		}
		if errors.Is(err, syscall.ENOTDIR) {
			return "", faultf(&types.NotADirectory{FileFault: types.FileFault{File: guest}}, "%s: a component of the path is not a directory", guest)
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", fileFault(guest, err)
		}
		if _, lerr := os.Lstat(host); lerr == nil {
			// A dangling symlink on the way: its target may lie outside the sandbox.
			return "", faultf(&types.FileNotFound{FileFault: types.FileFault{File: guest}}, "File %s was not found", guest)
		}
		if host == b.root {
			return "", fileFault(guest, err)
		}
		rest = filepath.Join(filepath.Base(host), rest)
		host = filepath.Dir(host)
	}
	if !b.within(host) {
		return "", faultf(&types.GuestPermissionDenied{}, "%s leads outside the guest file system", guest)
	}
	if follow {
		if st, err := os.Lstat(host); err == nil && st.Mode()&os.ModeSymlink != 0 {
			real, err := filepath.EvalSymlinks(host)
			if err != nil {
				return "", fileFault(guest, err)
			}
			if !b.within(real) {
				return "", faultf(&types.GuestPermissionDenied{}, "%s leads outside the guest file system", guest)
			}
			host = real
		}
	}
	return host, nil
}

// fileFault turns an error from the file system into the fault vSphere sends for it.
func fileFault(guest string, err error) *soap.Fault {
	file := types.FileFault{File: guest}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return faultf(&types.FileNotFound{FileFault: file}, "File %s was not found", guest)
	case errors.Is(err, fs.ErrExist) && !errors.Is(err, syscall.ENOTEMPTY):
		return faultf(&types.FileAlreadyExists{FileFault: file}, "File %s already exists", guest)
	case errors.Is(err, syscall.ENOTEMPTY):
		return faultf(&types.DirectoryNotEmpty{FileFault: file}, "Directory %s is not empty", guest)
	case errors.Is(err, syscall.ENOTDIR):
		return faultf(&types.NotADirectory{FileFault: file}, "%s is not a directory", guest)
	case errors.Is(err, syscall.EISDIR):
		return faultf(&types.NotAFile{FileFault: file}, "%s is not a file", guest)
	case errors.Is(err, fs.ErrPermission):
		return faultf(&types.GuestPermissionDenied{}, "Permission denied: %s", guest)
	case errors.Is(err, syscall.EINVAL):
		return faultf(&types.InvalidArgument{}, "A specified parameter was not correct: %s", guest)
	}
	log.Printf("vcsim: guest file %s: %v", guest, err)
	return faultf(&types.FileFault{File: guest}, "%s: %v", guest, err)
}

// defaultGuestRoot is --guest-root's default: $TMPDIR/vmdesk-vcsim-guests.
func defaultGuestRoot() string {
	return filepath.Join(os.TempDir(), "vmdesk-vcsim-guests")
}
