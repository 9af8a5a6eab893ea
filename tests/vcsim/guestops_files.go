// GuestFileManager: listing, directories, moves, attributes and temporary files in a VM's sandbox.
package main

import (
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"syscall"
	"time"

	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"
)

// ESXi's page size when ListFilesInGuest names no maxResults.
const defaultListResults = 50

// posixAttributes reads what Linux Tools report: permissions are the mode's permission bits
// (with setuid, setgid and sticky), the file's type being GuestFileInfo.type.
func (b *sandbox) posixAttributes(host string, st os.FileInfo) *types.GuestPosixFileAttributes {
	attrs := &types.GuestPosixFileAttributes{Permissions: int64(st.Mode().Perm())}
	mtime := st.ModTime()
	attrs.ModificationTime = &mtime
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		atime := time.Unix(sys.Atim.Unix())
		attrs.AccessTime = &atime
		owner, group := int32(sys.Uid), int32(sys.Gid)
		attrs.OwnerId, attrs.GroupId = &owner, &group
		attrs.Permissions = int64(sys.Mode & 0o7777)
	}
	if st.Mode()&os.ModeSymlink != 0 {
		if target, err := os.Readlink(host); err == nil {
			if filepath.IsAbs(target) {
				target = b.guestPath(target)
			}
			attrs.SymlinkTarget = target
		}
	}
	return attrs
}

func (b *sandbox) fileInfo(name, host string) (types.GuestFileInfo, error) {
	st, err := os.Lstat(host)
	if err != nil {
		return types.GuestFileInfo{}, err
	}
	kind := "file"
	switch {
	case st.Mode()&os.ModeSymlink != 0:
		kind = "symlink"
	case st.IsDir():
		kind = "directory"
	}
	return types.GuestFileInfo{Path: name, Type: kind, Size: st.Size(), Attributes: b.posixAttributes(host, st)}, nil
}

// ListFilesInGuest lists a directory as real Tools do, "." and ".." included, sorted by name; a
// file lists as itself. matchPattern is a Go regular expression searched for in each name.
func (m *GuestFileManagerX) ListFilesInGuest(req *types.ListFilesInGuest) soap.HasFault {
	body := &methods.ListFilesInGuestBody{}
	vm, f := m.g.enter(req.Vm, req.Auth)
	if f == nil && (req.Index < 0 || req.MaxResults < 0) {
		f = faultf(&types.InvalidArgument{InvalidProperty: "index"}, "A specified parameter was not correct: index, maxResults")
	}
	var pattern *regexp.Regexp
	if f == nil && req.MatchPattern != "" {
		var err error
		if pattern, err = regexp.Compile(req.MatchPattern); err != nil {
			f = faultf(&types.InvalidArgument{InvalidProperty: "matchPattern"}, "A specified parameter was not correct: matchPattern (%v)", err)
		}
	}
	var host string
	if f == nil {
		host, f = vm.box.resolve("filePath", req.FilePath, true)
	}
	if f != nil {
		body.Fault_ = f
		return body
	}
	st, err := os.Stat(host)
	if err != nil {
		body.Fault_ = fileFault(req.FilePath, err)
		return body
	}
	entries := map[string]string{} // name → path on this machine
	if st.IsDir() {
		names, err := readNames(host)
		if err != nil {
			body.Fault_ = fileFault(req.FilePath, err)
			return body
		}
		for _, name := range names {
			entries[name] = filepath.Join(host, name)
		}
		entries["."] = host
		entries[".."] = filepath.Dir(host)
		if host == vm.box.root {
			entries[".."] = host // the guest's "/.." is "/"
		}
	} else {
		entries[path.Base(req.FilePath)] = host
	}
	var names []string
	for name := range entries {
		if pattern == nil || pattern.MatchString(name) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	max := int(req.MaxResults)
	if max == 0 {
		max = defaultListResults
	}
	start := int(req.Index)
	if start > len(names) {
		start = len(names)
	}
	end := start + max
	if end > len(names) {
		end = len(names)
	}
	result := types.GuestListFileInfo{Remaining: int32(len(names) - end)}
	for _, name := range names[start:end] {
		info, err := vm.box.fileInfo(name, entries[name])
		if err != nil {
			continue // gone since the directory was read, as with a real guest
		}
		result.Files = append(result.Files, info)
	}
	body.Res = &types.ListFilesInGuestResponse{Returnval: result}
	return body
}

func readNames(dir string) ([]string, error) {
	d, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	return d.Readdirnames(-1)
}

// MakeDirectoryInGuest fails with FileAlreadyExists for an existing path, even with
// createParentDirectories, as Tools check for the path before creating anything.
func (m *GuestFileManagerX) MakeDirectoryInGuest(req *types.MakeDirectoryInGuest) soap.HasFault {
	body := &methods.MakeDirectoryInGuestBody{}
	host, f := m.enterPath(req.Vm, req.Auth, "directoryPath", req.DirectoryPath, false)
	if f == nil {
		var err error
		if _, err = os.Lstat(host); err == nil {
			err = os.ErrExist
		} else if req.CreateParentDirectories {
			err = os.MkdirAll(host, 0o777)
		} else {
			err = os.Mkdir(host, 0o777)
		}
		if err != nil {
			f = fileFault(req.DirectoryPath, err)
		}
	}
	if f != nil {
		body.Fault_ = f
		return body
	}
	body.Res = &types.MakeDirectoryInGuestResponse{}
	return body
}

// enterPath is enter followed by resolve, for calls about one path.
func (m *GuestFileManagerX) enterPath(ref types.ManagedObjectReference, auth types.BaseGuestAuthentication,
	prop, guest string, follow bool) (string, *soap.Fault) {
	vm, f := m.g.enter(ref, auth)
	if f != nil {
		return "", f
	}
	return vm.box.resolve(prop, guest, follow)
}

func isGuestRoot(guest string) bool {
	return path.Clean(guest) == "/"
}

func (m *GuestFileManagerX) DeleteFileInGuest(req *types.DeleteFileInGuest) soap.HasFault {
	body := &methods.DeleteFileInGuestBody{}
	host, f := m.enterPath(req.Vm, req.Auth, "filePath", req.FilePath, false)
	if f == nil {
		st, err := os.Lstat(host)
		switch {
		case err != nil:
			f = fileFault(req.FilePath, err)
		case st.IsDir():
			f = faultf(&types.NotAFile{FileFault: types.FileFault{File: req.FilePath}}, "%s is not a file", req.FilePath)
		default:
			if err := os.Remove(host); err != nil {
				f = fileFault(req.FilePath, err)
			}
		}
	}
	if f != nil {
		body.Fault_ = f
		return body
	}
	body.Res = &types.DeleteFileInGuestResponse{}
	return body
}

func (m *GuestFileManagerX) DeleteDirectoryInGuest(req *types.DeleteDirectoryInGuest) soap.HasFault {
	body := &methods.DeleteDirectoryInGuestBody{}
	host, f := m.enterPath(req.Vm, req.Auth, "directoryPath", req.DirectoryPath, false)
	if f == nil && isGuestRoot(req.DirectoryPath) {
		f = faultf(&types.GuestPermissionDenied{}, "Permission denied: /")
	}
	if f == nil {
		st, err := os.Lstat(host)
		switch {
		case err != nil:
			f = fileFault(req.DirectoryPath, err)
		case !st.IsDir():
			f = faultf(&types.NotADirectory{FileFault: types.FileFault{File: req.DirectoryPath}}, "%s is not a directory", req.DirectoryPath)
		case req.Recursive:
			err = os.RemoveAll(host)
		default:
			err = os.Remove(host)
		}
		if f == nil && err != nil {
			f = fileFault(req.DirectoryPath, err)
		}
	}
	if f != nil {
		body.Fault_ = f
		return body
	}
	body.Res = &types.DeleteDirectoryInGuestResponse{}
	return body
}

// move renames src to dst in one VM's sandbox after the checks of MoveFile or MoveDirectory.
func (m *GuestFileManagerX) move(ref types.ManagedObjectReference, auth types.BaseGuestAuthentication,
	src, dst string, directory, overwrite bool) *soap.Fault {
	vm, f := m.g.enter(ref, auth)
	if f != nil {
		return f
	}
	srcProp, dstProp := "srcFilePath", "dstFilePath"
	if directory {
		srcProp, dstProp = "srcDirectoryPath", "dstDirectoryPath"
	}
	from, f := vm.box.resolve(srcProp, src, false)
	if f != nil {
		return f
	}
	to, f := vm.box.resolve(dstProp, dst, false)
	if f != nil {
		return f
	}
	if isGuestRoot(src) || isGuestRoot(dst) {
		return faultf(&types.GuestPermissionDenied{}, "Permission denied: /")
	}
	st, err := os.Lstat(from)
	if err != nil {
		return fileFault(src, err)
	}
	if directory && !st.IsDir() {
		return faultf(&types.NotADirectory{FileFault: types.FileFault{File: src}}, "%s is not a directory", src)
	}
	if !directory && st.IsDir() {
		return faultf(&types.NotAFile{FileFault: types.FileFault{File: src}}, "%s is not a file", src)
	}
	if target, err := os.Lstat(to); err == nil {
		if directory || !overwrite {
			return faultf(&types.FileAlreadyExists{FileFault: types.FileFault{File: dst}}, "File %s already exists", dst)
		}
		if target.IsDir() {
			return faultf(&types.NotAFile{FileFault: types.FileFault{File: dst}}, "%s is not a file", dst)
		}
	}
	if err := os.Rename(from, to); err != nil {
		return fileFault(dst, err)
	}
	return nil
}

func (m *GuestFileManagerX) MoveFileInGuest(req *types.MoveFileInGuest) soap.HasFault {
	body := &methods.MoveFileInGuestBody{}
	if f := m.move(req.Vm, req.Auth, req.SrcFilePath, req.DstFilePath, false, req.Overwrite); f != nil {
		body.Fault_ = f
		return body
	}
	body.Res = &types.MoveFileInGuestResponse{}
	return body
}

func (m *GuestFileManagerX) MoveDirectoryInGuest(req *types.MoveDirectoryInGuest) soap.HasFault {
	body := &methods.MoveDirectoryInGuestBody{}
	if f := m.move(req.Vm, req.Auth, req.SrcDirectoryPath, req.DstDirectoryPath, true, false); f != nil {
		body.Fault_ = f
		return body
	}
	body.Res = &types.MoveDirectoryInGuestResponse{}
	return body
}

// applyAttributes sets what a Linux guest lets this harness set: permissions and times always,
// owner and group only as root or when they stay the same (GuestPermissionDenied otherwise, as
// chown answers a user). Nothing changes unless everything can.
func applyAttributes(guest, host string, attrs types.BaseGuestFileAttributes) *soap.Fault {
	if attrs == nil {
		return nil
	}
	st, err := os.Stat(host)
	if err != nil {
		return fileFault(guest, err)
	}
	sys, _ := st.Sys().(*syscall.Stat_t)
	base := attrs.GetGuestFileAttributes()
	var posix *types.GuestPosixFileAttributes
	switch a := attrs.(type) {
	case *types.GuestPosixFileAttributes:
		posix = a
	case *types.GuestFileAttributes:
	default:
		return faultf(&types.InvalidArgument{InvalidProperty: "fileAttributes"}, "A specified parameter was not correct: fileAttributes (not POSIX attributes)")
	}
	uid, gid := -1, -1
	if posix != nil && sys != nil {
		if posix.OwnerId != nil && uint32(*posix.OwnerId) != sys.Uid {
			uid = int(*posix.OwnerId)
		}
		if posix.GroupId != nil && uint32(*posix.GroupId) != sys.Gid {
			gid = int(*posix.GroupId)
		}
		if (uid >= 0 || gid >= 0) && os.Geteuid() != 0 {
			return faultf(&types.GuestPermissionDenied{}, "Permission denied: cannot change the owner of %s", guest)
		}
	}
	if uid >= 0 || gid >= 0 {
		if err := os.Chown(host, uid, gid); err != nil {
			return fileFault(guest, err)
		}
	}
	// permissions is an optional long the client omits when 0, so 0 means "leave as is".
	if posix != nil && posix.Permissions != 0 {
		if err := syscall.Chmod(host, uint32(posix.Permissions&0o7777)); err != nil {
			return fileFault(guest, err)
		}
	}
	if base.ModificationTime != nil || base.AccessTime != nil {
		mtime, atime := st.ModTime(), st.ModTime()
		if sys != nil {
			atime = time.Unix(sys.Atim.Unix())
		}
		if base.ModificationTime != nil {
			mtime = *base.ModificationTime
		}
		if base.AccessTime != nil {
			atime = *base.AccessTime
		}
		if err := os.Chtimes(host, atime, mtime); err != nil {
			return fileFault(guest, err)
		}
	}
	return nil
}

func (m *GuestFileManagerX) ChangeFileAttributesInGuest(req *types.ChangeFileAttributesInGuest) soap.HasFault {
	body := &methods.ChangeFileAttributesInGuestBody{}
	host, f := m.enterPath(req.Vm, req.Auth, "guestFilePath", req.GuestFilePath, true)
	if f == nil {
		f = applyAttributes(req.GuestFilePath, host, req.FileAttributes)
	}
	if f != nil {
		body.Fault_ = f
		return body
	}
	body.Res = &types.ChangeFileAttributesInGuestResponse{}
	return body
}

// createTemporary makes a file or directory named prefix<random>suffix, in /tmp by default, and
// returns its guest path.
func (m *GuestFileManagerX) createTemporary(ref types.ManagedObjectReference, auth types.BaseGuestAuthentication,
	prefix, suffix, dir string, directory bool) (string, *soap.Fault) {
	if dir == "" {
		dir = "/tmp"
	}
	host, f := m.enterPath(ref, auth, "directoryPath", dir, true)
	if f != nil {
		return "", f
	}
	if st, err := os.Stat(host); err != nil {
		return "", fileFault(dir, err)
	} else if !st.IsDir() {
		return "", faultf(&types.NotADirectory{FileFault: types.FileFault{File: dir}}, "%s is not a directory", dir)
	}
	var name string
	var err error
	if directory {
		name, err = os.MkdirTemp(host, prefix+"*"+suffix)
	} else {
		var file *os.File
		if file, err = os.CreateTemp(host, prefix+"*"+suffix); err == nil {
			name = file.Name()
			file.Close()
		}
	}
	if err != nil {
		if !os.IsPermission(err) && !os.IsNotExist(err) {
			return "", faultf(&types.InvalidArgument{InvalidProperty: "prefix"}, "A specified parameter was not correct: prefix, suffix (%v)", err)
		}
		return "", fileFault(dir, err)
	}
	return path.Join(path.Clean(dir), filepath.Base(name)), nil
}

func (m *GuestFileManagerX) CreateTemporaryFileInGuest(req *types.CreateTemporaryFileInGuest) soap.HasFault {
	body := &methods.CreateTemporaryFileInGuestBody{}
	name, f := m.createTemporary(req.Vm, req.Auth, req.Prefix, req.Suffix, req.DirectoryPath, false)
	if f != nil {
		body.Fault_ = f
		return body
	}
	body.Res = &types.CreateTemporaryFileInGuestResponse{Returnval: name}
	return body
}

func (m *GuestFileManagerX) CreateTemporaryDirectoryInGuest(req *types.CreateTemporaryDirectoryInGuest) soap.HasFault {
	body := &methods.CreateTemporaryDirectoryInGuestBody{}
	name, f := m.createTemporary(req.Vm, req.Auth, req.Prefix, req.Suffix, req.DirectoryPath, true)
	if f != nil {
		body.Fault_ = f
		return body
	}
	body.Res = &types.CreateTemporaryDirectoryInGuestResponse{Returnval: name}
	return body
}
