// The provisioning side the 0.24 simulator gets wrong: ResourcePool.ImportVApp hands out an
// HttpNfcLease whose upload URLs discard the bytes (and always say https), CloneVM_Task rewrites the
// source VM's own disk backings, keeps its MAC addresses and ignores powerOn, and ReconfigVM_Task
// appends extraConfig keys instead of replacing them (and keeps keys set to "", which vCenter
// removes). As in export.go, the requests are re-addressed at the HTTP layer to objects this
// harness owns, which call the simulator's own methods and then put right what vCenter does.
//
// An import lease's deviceUrl entries read <scheme>://*/import/<lease>/<file> (the client puts in
// the host, as with vCenter); PUT or POST there writes the bytes into the new VM's disk data file,
// the "-flat.vmdk" export.go serves, so export → deploy → export gives the same bytes.
package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"path"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/vmware/govmomi"
	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"
	"github.com/vmware/govmomi/vim25/xml"
)

type importLease struct {
	vm           types.ManagedObjectReference
	lease        *simulator.HttpNfcLease
	files        map[string]string // deviceUrl targetId → the local file its bytes land in
	lastProgress time.Time
	ended        string // "", "completed", "aborted" or "timed out"
	progressCall int
}

type provisioner struct {
	x      *exporter // its options (throttle, lease timeout), certificate and uploaded-disk set
	guests *guestReporter
	scheme string   // what this harness serves: deviceUrl entries must match it
	server *url.URL // with credentials, for the harness's own API calls
	mu     sync.Mutex
	leases map[string]*importLease
}

var (
	poolThis = regexp.MustCompile(`(<(?:\w+:)?_this type=")(ResourcePool|VirtualApp)(">)([^<]+)(</)`)
	vmThis   = regexp.MustCompile(`(<(?:\w+:)?_this type=")(VirtualMachine)(">)(vm-\d+)(</)`)
)

// VAppImporter answers ImportVApp for one resource pool or vApp.
type VAppImporter struct {
	Self types.ManagedObjectReference
	Pool types.ManagedObjectReference
	p    *provisioner
}

func (i *VAppImporter) Reference() types.ManagedObjectReference { return i.Self }

// VmProvisioner answers CloneVM_Task and ReconfigVM_Task for one VM.
type VmProvisioner struct {
	Self types.ManagedObjectReference
	VM   types.ManagedObjectReference
	p    *provisioner
}

func (v *VmProvisioner) Reference() types.ManagedObjectReference { return v.Self }

func newProvisioner(x *exporter, guests *guestReporter) *provisioner {
	return &provisioner{x: x, guests: guests, leases: map[string]*importLease{}}
}

// readdress points the request's _this (matched by re: prefix, type, `">`, value, `</`) at a
// harness object of the given kind, made on first use.
func readdress(body []byte, re *regexp.Regexp, kind string, newObject func(self, target types.ManagedObjectReference) mo.Reference) []byte {
	m := re.FindSubmatch(body)
	if m == nil {
		return body
	}
	target := types.ManagedObjectReference{Type: string(m[2]), Value: string(m[4])}
	self := types.ManagedObjectReference{Type: kind, Value: strings.ToLower(kind) + "-" + target.Value}
	if simulator.Map.Get(self) == nil {
		simulator.Map.Put(newObject(self, target))
	}
	return re.ReplaceAll(body, []byte("${1}"+kind+"${3}"+self.Value+"${5}"))
}

func (p *provisioner) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/sdk") {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var aborted *importLease
		switch {
		case bytes.Contains(body, []byte("<ImportVApp")), bytes.Contains(body, []byte(":ImportVApp")):
			body = readdress(body, poolThis, "VAppImporter", func(self, pool types.ManagedObjectReference) mo.Reference {
				return &VAppImporter{Self: self, Pool: pool, p: p}
			})
		case bytes.Contains(body, []byte("CloneVM_Task")), bytes.Contains(body, []byte("ReconfigVM_Task")):
			body = readdress(body, vmThis, "VmProvisioner", func(self, vm types.ManagedObjectReference) mo.Reference {
				return &VmProvisioner{Self: self, VM: vm, p: p}
			})
		case bytes.Contains(body, []byte("HttpNfcLeaseProgress")), bytes.Contains(body, []byte("HttpNfcLeaseComplete")),
			bytes.Contains(body, []byte("HttpNfcLeaseAbort")):
			if m := leaseThis.FindSubmatch(body); m != nil {
				p.mu.Lock()
				if l := p.leases[string(m[1])]; l != nil && l.ended == "" {
					l.lastProgress = time.Now()
					switch {
					case bytes.Contains(body, []byte("HttpNfcLeaseProgress")):
						l.progressCall++
					case bytes.Contains(body, []byte("HttpNfcLeaseComplete")):
						l.ended = "completed"
					default:
						l.ended = "aborted"
						aborted = l
					}
					if l.ended != "" {
						log.Printf("vcsim: import lease %s %s after %d keepalives", m[1], l.ended, l.progressCall)
					}
				}
				p.mu.Unlock()
			}
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		next.ServeHTTP(w, r)
		if aborted != nil {
			p.destroy(aborted)
		}
	})
}

// destroy removes the VM of an import that did not finish, as vCenter does, through the API.
func (p *provisioner) destroy(l *importLease) {
	vm := l.vm
	p.x.mu.Lock()
	for _, local := range l.files {
		delete(p.x.uploaded, local)
	}
	p.x.mu.Unlock()
	ctx := context.Background()
	client, err := govmomi.NewClient(ctx, p.server, true)
	if err == nil {
		defer client.Logout(ctx)
		var task *object.Task
		if task, err = object.NewVirtualMachine(client.Client, vm).Destroy(ctx); err == nil {
			err = task.Wait(ctx)
		}
	}
	if err != nil {
		log.Printf("vcsim: cannot destroy the unfinished import %s: %v", vm.Value, err)
		return
	}
	log.Printf("vcsim: destroyed the unfinished import %s", vm.Value)
}

func (i *VAppImporter) ImportVApp(ctx *simulator.Context, req *types.ImportVApp) soap.HasFault {
	pool, ok := ctx.Map.Get(i.Pool).(interface {
		mo.Reference
		ImportVApp(*simulator.Context, *types.ImportVApp) soap.HasFault
	})
	if !ok {
		return &methods.ImportVAppBody{Fault_: simulator.Fault("", &types.ManagedObjectNotFound{Obj: i.Pool})}
	}
	req.This = i.Pool
	var res soap.HasFault
	ctx.Map.WithLock(pool, func() { res = pool.ImportVApp(as(ctx, i.Pool), req) })
	body := res.(*methods.ImportVAppBody)
	if body.Fault_ != nil {
		return body
	}
	lease, ok := ctx.Session.Get(body.Res.Returnval).(*simulator.HttpNfcLease)
	if !ok {
		return body
	}
	vm := ctx.Map.Get(lease.Info.Entity).(*simulator.VirtualMachine)
	entry := &importLease{vm: vm.Self, lease: lease, files: map[string]string{}, lastProgress: time.Now()}
	leaseID := lease.Reference().Value
	thumbprint := i.p.x.thumbprint()
	var capacityKB int64
	// The simulator lists one deviceUrl per file-backed device, in device order.
	n := 0
	for _, device := range vm.Config.Hardware.Device {
		backing, ok := device.GetVirtualDevice().Backing.(types.BaseVirtualDeviceFileBackingInfo)
		if !ok || n >= len(lease.Info.DeviceUrl) {
			continue
		}
		fileName := backing.GetVirtualDeviceFileBackingInfo().FileName
		u := &lease.Info.DeviceUrl[n]
		n++
		local, err := datastorePath(fileName) // a disk's data file; an ISO image is its own data
		if disk, isDisk := device.(*types.VirtualDisk); isDisk {
			capacityKB += disk.CapacityInKB
		}
		if err != nil || u.TargetId != path.Base(strings.TrimSpace(fileName[strings.Index(fileName, "]")+1:])) {
			log.Printf("vcsim: import lease %s: no file for %s (%s)", leaseID, u.ImportKey, fileName)
			continue
		}
		entry.files[u.TargetId] = local
		u.Url = i.p.scheme + "://*/import/" + url.PathEscape(leaseID) + "/" + url.PathEscape(u.TargetId)
		u.SslThumbprint = thumbprint
	}
	lease.Info.TotalDiskCapacityInKB = capacityKB
	lease.Info.LeaseTimeout = int32(i.p.x.opts.leaseTimeout / time.Second)
	ctx.Map.WithLock(vm, func() { normalizeExtraConfig(vm) })
	i.p.mu.Lock()
	i.p.leases[leaseID] = entry
	i.p.mu.Unlock()
	log.Printf("vcsim: ImportVApp %s (%s): lease %s, %d file(s)", vm.Name, vm.Self.Value, leaseID, len(entry.files))
	return body
}

// as is the context of a call on target, which the caller has locked: the simulator's methods
// lock every object but their caller.
func as(ctx *simulator.Context, target types.ManagedObjectReference) *simulator.Context {
	c := *ctx
	c.Caller = &target
	return &c
}

// throttledReader paces an upload as throttledWriter paces a download, and stops it when its
// lease ends (the connection's buffers may otherwise feed it long after the client gave up).
type throttledReader struct {
	io.Reader
	bytesPerSecond int64
	read           int64
	start          time.Time
	ended          func() string
}

func (t *throttledReader) Read(p []byte) (int, error) {
	if ended := t.ended(); ended != "" {
		return 0, fmt.Errorf("the lease %s", ended)
	}
	if t.bytesPerSecond > 0 && len(p) > 64<<10 {
		p = p[:64<<10]
	}
	n, err := t.Reader.Read(p)
	t.read += int64(n)
	if t.bytesPerSecond > 0 {
		time.Sleep(time.Until(t.start.Add(time.Duration(t.read * int64(time.Second) / t.bytesPerSecond))))
	}
	return n, err
}

// serveImport takes PUT or POST /import/<lease>/<file> while the lease is live.
func (p *provisioner) serveImport(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.EscapedPath(), "/import/"), "/")
	if len(parts) != 2 {
		http.NotFound(w, r)
		return
	}
	leaseID, _ := url.PathUnescape(parts[0])
	target, _ := url.PathUnescape(parts[1])
	p.mu.Lock()
	l := p.leases[leaseID]
	local, ended := "", ""
	if l != nil {
		local, ended = l.files[target], l.ended
		if ended == "" && p.x.opts.leaseTimeout > 0 && time.Since(l.lastProgress) > p.x.opts.leaseTimeout {
			ended = "timed out"
		}
	}
	p.mu.Unlock()
	switch {
	case local == "":
		http.NotFound(w, r)
		return
	case r.Method != http.MethodPut && r.Method != http.MethodPost:
		w.Header().Set("Allow", "PUT, POST")
		http.Error(w, "upload with PUT or POST", http.StatusMethodNotAllowed)
		return
	case ended != "":
		log.Printf("vcsim: refusing upload %s: the lease %s", r.URL.Path, ended)
		http.Error(w, "lease "+ended, http.StatusForbidden)
		return
	}
	f, err := os.Create(local)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	p.x.mu.Lock()
	p.x.uploaded[local] = true
	p.x.mu.Unlock()
	in := &throttledReader{Reader: r.Body, bytesPerSecond: int64(p.x.opts.throttleKBps) * 1024, start: time.Now(),
		ended: func() string {
			p.mu.Lock()
			defer p.mu.Unlock()
			return l.ended
		}}
	n, err := io.Copy(f, in)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		log.Printf("vcsim: %s %s: upload broke after %d bytes: %v", r.Method, target, n, err)
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	log.Printf("vcsim: %s %s: %d bytes into %s", r.Method, target, n, local)
	w.WriteHeader(http.StatusOK)
}

// watchLeases ends import leases that stopped being kept alive: vCenter then fails the import
// (the lease's state becomes error) and removes the half-made VM.
func (p *provisioner) watchLeases() {
	if p.x.opts.leaseTimeout <= 0 {
		return
	}
	for range time.Tick(time.Second) {
		var expired []*importLease
		p.mu.Lock()
		for id, l := range p.leases {
			if l.ended == "" && time.Since(l.lastProgress) > p.x.opts.leaseTimeout {
				log.Printf("vcsim: import lease %s timed out: no HttpNfcLeaseProgress for %s", id, p.x.opts.leaseTimeout)
				l.ended = "timed out"
				expired = append(expired, l)
			}
		}
		p.mu.Unlock()
		for _, l := range expired {
			fault := &types.LocalizedMethodFault{Fault: &types.Timedout{}, LocalizedMessage: "the lease timed out"}
			simulator.Map.WithLock(l.lease, func() {
				simulator.Map.Update(l.lease, []types.PropertyChange{
					{Name: "state", Val: types.HttpNfcLeaseStateError},
					{Name: "error", Val: fault},
				})
			})
			p.destroy(l)
		}
	}
}

// copyDevices deep-copies a device list through the vim25 XML encoding, as the simulator copies.
func copyDevices(devices []types.BaseVirtualDevice) []types.BaseVirtualDevice {
	b, err := xml.Marshal(types.VirtualHardware{Device: devices})
	if err != nil {
		panic(err)
	}
	var hw types.VirtualHardware
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.TypeFunc = types.TypeFunc()
	if err := dec.Decode(&hw); err != nil {
		panic(err)
	}
	return hw.Device
}

func (v *VmProvisioner) CloneVMTask(ctx *simulator.Context, req *types.CloneVM_Task) soap.HasFault {
	vm, ok := ctx.Map.Get(v.VM).(*simulator.VirtualMachine)
	if !ok {
		return &methods.CloneVM_TaskBody{Fault_: simulator.Fault("", &types.ManagedObjectNotFound{Obj: v.VM})}
	}
	req.This = v.VM
	var res soap.HasFault
	ctx.Map.WithLock(vm, func() {
		// The simulator clones from the live device list and clears the disks' file names in it;
		// give it a copy, with generated MAC addresses left to be generated anew as vCenter does.
		own := vm.Config.Hardware.Device
		devices := copyDevices(own)
		for _, d := range devices {
			if card, ok := d.(types.BaseVirtualEthernetCard); ok {
				if c := card.GetVirtualEthernetCard(); c.AddressType != string(types.VirtualEthernetCardMacTypeManual) {
					c.MacAddress = ""
				}
			}
		}
		// vCenter copies the source's configuration, so its extraConfig stays under the spec's.
		if req.Spec.Config == nil {
			req.Spec.Config = &types.VirtualMachineConfigSpec{}
		}
		var inherited []types.BaseOptionValue
		for _, o := range vm.Config.ExtraConfig {
			if o.GetOptionValue().Key != "govcsim" {
				inherited = append(inherited, o)
			}
		}
		req.Spec.Config.ExtraConfig = append(inherited, req.Spec.Config.ExtraConfig...)
		vm.Config.Hardware.Device = devices
		res = vm.CloneVMTask(as(ctx, v.VM), req)
		vm.Config.Hardware.Device = own
	})
	body := res.(*methods.CloneVM_TaskBody)
	if body.Res == nil {
		return body
	}
	task, ok := ctx.Map.Get(body.Res.Returnval).(*simulator.Task)
	if !ok || task.Info.State != types.TaskInfoStateSuccess {
		return body
	}
	clone := ctx.Map.Get(task.Info.Result.(types.ManagedObjectReference)).(*simulator.VirtualMachine)
	ctx.Map.WithLock(clone, func() {
		normalizeExtraConfig(clone)
		if req.Spec.PowerOn {
			clone.PowerOnVMTask(as(ctx, clone.Self), &types.PowerOnVM_Task{This: clone.Self})
		}
	})
	if req.Spec.PowerOn {
		v.p.guests.poweredOn(clone.Self)
	}
	return body
}

func (v *VmProvisioner) ReconfigVMTask(ctx *simulator.Context, req *types.ReconfigVM_Task) soap.HasFault {
	vm, ok := ctx.Map.Get(v.VM).(*simulator.VirtualMachine)
	if !ok {
		return &methods.ReconfigVM_TaskBody{Fault_: simulator.Fault("", &types.ManagedObjectNotFound{Obj: v.VM})}
	}
	req.This = v.VM
	var res soap.HasFault
	ctx.Map.WithLock(vm, func() {
		completeDeviceChange(vm, &req.Spec)
		res = vm.ReconfigVMTask(as(ctx, v.VM), req)
		if len(req.Spec.ExtraConfig) > 0 {
			normalizeExtraConfig(vm)
		}
	})
	return res
}

// completeDeviceChange fills in what vCenter fills in and the simulator needs or leaves out: an
// edited device without deviceInfo keeps its label (the simulator dereferences it), and an added
// device without a unit number gets the first free one on its controller.
func completeDeviceChange(vm *simulator.VirtualMachine, spec *types.VirtualMachineConfigSpec) {
	devices := object.VirtualDeviceList(vm.Config.Hardware.Device)
	taken := map[int32]map[int32]bool{}
	for _, d := range devices {
		if v := d.GetVirtualDevice(); v.UnitNumber != nil {
			if taken[v.ControllerKey] == nil {
				taken[v.ControllerKey] = map[int32]bool{}
			}
			taken[v.ControllerKey][*v.UnitNumber] = true
		}
	}
	for _, change := range spec.DeviceChange {
		c := change.GetVirtualDeviceConfigSpec()
		d := c.Device.GetVirtualDevice()
		switch c.Operation {
		case types.VirtualDeviceConfigSpecOperationEdit:
			if d.DeviceInfo == nil {
				d.DeviceInfo = &types.Description{}
				if old := devices.FindByKey(d.Key); old != nil && old.GetVirtualDevice().DeviceInfo != nil {
					d.DeviceInfo.GetDescription().Label = old.GetVirtualDevice().DeviceInfo.GetDescription().Label
				}
			}
		case types.VirtualDeviceConfigSpecOperationAdd:
			if _, nic := c.Device.(types.BaseVirtualEthernetCard); nic || d.UnitNumber != nil || d.ControllerKey == 0 {
				continue
			}
			if _, ok := devices.FindByKey(d.ControllerKey).(types.BaseVirtualController); !ok {
				continue
			}
			if taken[d.ControllerKey] == nil {
				taken[d.ControllerKey] = map[int32]bool{}
			}
			for unit := int32(0); ; unit++ {
				_, scsi := devices.FindByKey(d.ControllerKey).(types.BaseVirtualSCSIController)
				if !taken[d.ControllerKey][unit] && !(scsi && unit == 7) {
					taken[d.ControllerKey][unit] = true
					d.UnitNumber = types.NewInt32(unit)
					break
				}
			}
		}
	}
}

// normalizeExtraConfig gives extraConfig vCenter's meaning: one entry per key, the last value set
// winning, and a key set to "" gone. The simulator appends every option it is given.
func normalizeExtraConfig(vm *simulator.VirtualMachine) {
	index := map[string]int{}
	var kept []types.BaseOptionValue
	for _, o := range vm.Config.ExtraConfig {
		v := o.GetOptionValue()
		if i, ok := index[v.Key]; ok {
			kept[i] = o
		} else {
			index[v.Key] = len(kept)
			kept = append(kept, o)
		}
	}
	var result []types.BaseOptionValue
	for _, o := range kept {
		if s, isString := o.GetOptionValue().Value.(string); o.GetOptionValue().Value != nil && !(isString && s == "") {
			result = append(result, o)
		}
	}
	simulator.Map.Update(vm, []types.PropertyChange{{Name: "config.extraConfig", Val: result}})
}
