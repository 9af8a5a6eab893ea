// GuestProcessManager: guest programs are real child processes of the harness, started as Linux
// Tools start them, through a shell ("programPath" arguments), so redirections and pipes work.
//
// This is no container: the program runs on this machine and sees all of it. Only paths are
// moved into the VM's sandbox: the working directory (default the guest user's home, /root), the
// program path and every absolute path in the arguments whose first component exists in the
// sandbox's root (/tmp/x, /root/y, /home/z, or a directory a client made at the guest's root) are
// rewritten to the sandbox's copy, and HOME points at the sandbox's /root. Paths the program
// builds itself, or reads from envVariables, are not rewritten.
package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"
)

const (
	// Tools keep an exited program's exit code this long.
	guestProcessRetention = 5 * time.Minute
	// TerminateProcessInGuest sends SIGTERM, then SIGKILL after this long.
	guestKillGrace = 2 * time.Second
	guestHome      = "/root"
	guestPATH      = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
)

type guestProcess struct {
	info types.GuestProcessInfo
	cmd  *exec.Cmd
}

type guestProcessTable struct {
	byPid map[int64]*guestProcess
}

// An absolute path in a command line: it starts where a shell word, redirection, assignment or
// list does. Group 2 is the path, group 3 its first component.
var argumentPath = regexp.MustCompile(`(^|[\s'"=:<>|;&(),])(/([^/\s'"<>|;&()]+)[^\s'"<>|;&()]*)`)

// hostPathOf rewrites a guest path into the sandbox when its first component exists there.
func (b *sandbox) hostPathOf(guest, first string) string {
	if _, err := os.Lstat(filepath.Join(b.root, first)); err == nil {
		return b.root + guest
	}
	return guest
}

func (b *sandbox) rewriteArguments(arguments string) string {
	return argumentPath.ReplaceAllStringFunc(arguments, func(match string) string {
		m := argumentPath.FindStringSubmatch(match)
		return m[1] + b.hostPathOf(m[2], m[3])
	})
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// environment is the guest's fixed environment: what ReadEnvironmentVariableInGuest reports.
func guestEnvironment(vm *guestVM) []string {
	return []string{
		"HOME=" + guestHome,
		"HOSTNAME=" + vm.name,
		"LANG=C.UTF-8",
		"LOGNAME=" + vm.user,
		"PATH=" + guestPATH,
		"SHELL=/bin/sh",
		"USER=" + vm.user,
	}
}

func (m *GuestProcessManagerX) StartProgramInGuest(req *types.StartProgramInGuest) soap.HasFault {
	body := &methods.StartProgramInGuestBody{}
	pid, f := m.start(req)
	if f != nil {
		body.Fault_ = f
		return body
	}
	body.Res = &types.StartProgramInGuestResponse{Returnval: pid}
	return body
}

func (m *GuestProcessManagerX) start(req *types.StartProgramInGuest) (int64, *soap.Fault) {
	vm, f := m.g.enter(req.Vm, req.Auth)
	if f != nil {
		return 0, f
	}
	if req.Spec == nil {
		return 0, faultf(&types.InvalidArgument{InvalidProperty: "spec"}, "A specified parameter was not correct: spec")
	}
	spec := req.Spec.GetGuestProgramSpec()
	if spec.ProgramPath == "" || !path.IsAbs(spec.ProgramPath) {
		return 0, faultf(&types.InvalidArgument{InvalidProperty: "programPath"},
			"A specified parameter was not correct: programPath (%q is not an absolute path)", spec.ProgramPath)
	}
	program := path.Clean(spec.ProgramPath)
	if program != "/" {
		program = vm.box.hostPathOf(program, strings.SplitN(program[1:], "/", 2)[0])
	}
	if st, err := os.Stat(program); err != nil {
		return 0, fileFault(spec.ProgramPath, err)
	} else if st.IsDir() {
		return 0, faultf(&types.NotAFile{FileFault: types.FileFault{File: spec.ProgramPath}}, "%s is not a file", spec.ProgramPath)
	}
	wd := spec.WorkingDirectory
	if wd == "" {
		wd = guestHome
	}
	dir, f := vm.box.resolve("workingDirectory", wd, true)
	if f != nil {
		return 0, f
	}
	if st, err := os.Stat(dir); err != nil {
		return 0, fileFault(wd, err)
	} else if !st.IsDir() {
		return 0, faultf(&types.NotADirectory{FileFault: types.FileFault{File: wd}}, "%s is not a directory", wd)
	}
	var env []string
	for _, v := range guestEnvironment(vm) {
		if strings.HasPrefix(v, "HOME=") {
			v = "HOME=" + filepath.Join(vm.box.root, guestHome)
		}
		env = append(env, v)
	}
	for _, v := range spec.EnvVariables {
		if i := strings.IndexByte(v, '='); i <= 0 {
			return 0, faultf(&types.InvalidArgument{InvalidProperty: "envVariables"},
				"A specified parameter was not correct: envVariables (%q is not NAME=value)", v)
		}
		env = append(env, v)
	}
	cmd := exec.Command("/bin/sh", "-c", shellQuote(program)+" "+vm.box.rewriteArguments(spec.Arguments))
	cmd.Dir, cmd.Env = dir, env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // TerminateProcessInGuest ends what it started too
	if err := cmd.Start(); err != nil {
		log.Printf("vcsim: guest %s: cannot start %s: %v", vm.ref.Value, spec.ProgramPath, err)
		return 0, fileFault(spec.ProgramPath, err)
	}
	p := &guestProcess{cmd: cmd, info: types.GuestProcessInfo{
		Name:      spec.ProgramPath,
		Pid:       int64(cmd.Process.Pid),
		Owner:     vm.user,
		CmdLine:   strings.TrimSpace(fmt.Sprintf("%q %s", spec.ProgramPath, spec.Arguments)),
		StartTime: time.Now().UTC().Truncate(time.Second),
	}}
	m.g.mu.Lock()
	table := m.g.procs[vm.ref.Value]
	if table == nil {
		table = &guestProcessTable{byPid: map[int64]*guestProcess{}}
		m.g.procs[vm.ref.Value] = table
	}
	table.byPid[p.info.Pid] = p
	m.g.mu.Unlock()
	log.Printf("vcsim: guest %s: started pid %d: %s", vm.ref.Value, p.info.Pid, p.info.CmdLine)
	go m.g.reap(p)
	return p.info.Pid, nil
}

// reap records the exit as Tools report it: the exit status, or 128+signal for a killed program.
func (g *guestOps) reap(p *guestProcess) {
	err := p.cmd.Wait()
	end := time.Now().UTC().Truncate(time.Second)
	code := int32(0)
	if state := p.cmd.ProcessState; state != nil {
		if ws, ok := state.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = 128 + int32(ws.Signal())
		} else {
			code = int32(state.ExitCode())
		}
	} else if err != nil {
		code = -1
	}
	g.mu.Lock()
	p.info.EndTime, p.info.ExitCode = &end, code
	g.mu.Unlock()
}

func (m *GuestProcessManagerX) ListProcessesInGuest(req *types.ListProcessesInGuest) soap.HasFault {
	body := &methods.ListProcessesInGuestBody{}
	vm, f := m.g.enter(req.Vm, req.Auth)
	if f != nil {
		body.Fault_ = f
		return body
	}
	var result []types.GuestProcessInfo
	m.g.mu.Lock()
	if table := m.g.procs[vm.ref.Value]; table != nil {
		for pid, p := range table.byPid {
			if p.info.EndTime != nil && time.Since(*p.info.EndTime) > guestProcessRetention {
				delete(table.byPid, pid)
			}
		}
		if len(req.Pids) == 0 {
			for _, p := range table.byPid {
				result = append(result, p.info)
			}
		}
		for _, pid := range req.Pids {
			if p := table.byPid[pid]; p != nil {
				result = append(result, p.info)
			}
		}
	}
	m.g.mu.Unlock()
	if len(req.Pids) == 0 {
		sort.Slice(result, func(i, j int) bool { return result[i].Pid < result[j].Pid })
	}
	body.Res = &types.ListProcessesInGuestResponse{Returnval: result}
	return body
}

// TerminateProcessInGuest signals that one process, as open-vm-tools' ProcMgr_KillByPid does (not
// its children: what a shell started keeps running until the harness exits), and SIGKILLs it
// guestKillGrace later if it ignored SIGTERM. An exited or unknown pid is GuestProcessNotFound.
func (m *GuestProcessManagerX) TerminateProcessInGuest(req *types.TerminateProcessInGuest) soap.HasFault {
	body := &methods.TerminateProcessInGuestBody{}
	vm, f := m.g.enter(req.Vm, req.Auth)
	if f != nil {
		body.Fault_ = f
		return body
	}
	var p *guestProcess
	m.g.mu.Lock()
	if table := m.g.procs[vm.ref.Value]; table != nil {
		p = table.byPid[req.Pid]
	}
	running := p != nil && p.info.EndTime == nil
	m.g.mu.Unlock()
	if !running {
		body.Fault_ = faultf(&types.GuestProcessNotFound{Pid: req.Pid}, "The guest process %d was not found", req.Pid)
		return body
	}
	_ = syscall.Kill(int(req.Pid), syscall.SIGTERM)
	time.AfterFunc(guestKillGrace, func() { _ = syscall.Kill(int(req.Pid), syscall.SIGKILL) })
	body.Res = &types.TerminateProcessInGuestResponse{}
	return body
}

// ReadEnvironmentVariableInGuest answers from the guest's fixed environment; unknown names are
// left out, no names means all.
func (m *GuestProcessManagerX) ReadEnvironmentVariableInGuest(req *types.ReadEnvironmentVariableInGuest) soap.HasFault {
	body := &methods.ReadEnvironmentVariableInGuestBody{}
	vm, f := m.g.enter(req.Vm, req.Auth)
	if f != nil {
		body.Fault_ = f
		return body
	}
	all := guestEnvironment(vm)
	result := all
	if len(req.Names) > 0 {
		result = nil
		for _, name := range req.Names {
			for _, v := range all {
				if strings.HasPrefix(v, name+"=") {
					result = append(result, v)
				}
			}
		}
	}
	body.Res = &types.ReadEnvironmentVariableInGuestResponse{Returnval: result}
	return body
}

// close kills what guest programs left running, so none outlives the harness.
func (g *guestOps) close() {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, table := range g.procs {
		for pid := range table.byPid {
			_ = syscall.Kill(-int(pid), syscall.SIGKILL)
		}
	}
}
