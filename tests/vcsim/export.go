// The export side of a vCenter the 0.24 simulator lacks: VirtualMachine.ExportVm with an
// HttpNfcLease serving the VM's disks over HTTP (Range, throttle, injected failures, lease
// timeout without keepalive), and OvfManager.CreateDescriptor.
//
// Replacing the simulator's VirtualMachine objects breaks it, so requests for these two methods
// are re-addressed at the HTTP layer to objects this harness owns (toolchain.md §2.5).
package main

import (
	"bytes"
	"crypto/sha1"
	"fmt"
	"hash/fnv"
	"io"
	"log"
	"math/rand"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/methods"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/soap"
	"github.com/vmware/govmomi/vim25/types"
)

type exportOptions struct {
	diskMB         int           // disk content given to exported VMs' disks
	throttleKBps   int           // per transfer; 0: unlimited
	failAfterBytes int64         // cut each file's first transfer after this many bytes; 0: never
	ignoreRange    bool          // answer Range requests with the whole file (200), like a broken server
	leaseTimeout   time.Duration // a lease without HttpNfcLeaseProgress for this long stops serving
}

type exportFile struct {
	path string
}

type exportLease struct {
	files        map[string]*exportFile
	lastProgress time.Time
	done         bool
	progressCall int
}

type exporter struct {
	opts    exportOptions
	baseURL string
	cert    []byte // DER of the TLS certificate, for deviceUrl thumbprints
	mu      sync.Mutex
	leases  map[string]*exportLease
	failed  map[string]bool // disk files whose one injected failure happened already
	// Disk files a deploy uploaded: --disk-mb must never replace what a client wrote.
	uploaded map[string]bool
}

var (
	exportThis     = regexp.MustCompile(`(<(?:\w+:)?_this type=")VirtualMachine(">)(vm-\d+)(</)`)
	descriptorThis = regexp.MustCompile(`(<(?:\w+:)?_this type=")OvfManager(">)([^<]+)(</)`)
	leaseThis      = regexp.MustCompile(`<(?:\w+:)?_this type="HttpNfcLease">([^<]+)</`)
)

// VmExporter answers ExportVm for one VM.
type VmExporter struct {
	Self types.ManagedObjectReference
	VM   types.ManagedObjectReference
	x    *exporter
}

func (e *VmExporter) Reference() types.ManagedObjectReference { return e.Self }

// VmDescriptorMaker answers OvfManager.CreateDescriptor.
type VmDescriptorMaker struct {
	Self types.ManagedObjectReference
}

func (d *VmDescriptorMaker) Reference() types.ManagedObjectReference { return d.Self }

func newExporter(opts exportOptions) *exporter {
	x := &exporter{opts: opts, leases: map[string]*exportLease{}, failed: map[string]bool{}, uploaded: map[string]bool{}}
	simulator.Map.Put(&VmDescriptorMaker{Self: types.ManagedObjectReference{Type: "VmDescriptorMaker", Value: "descriptor-maker"}})
	return x
}

// wrap re-addresses ExportVm and CreateDescriptor, and notes every lease keepalive.
func (x *exporter) wrap(next http.Handler) http.Handler {
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
		switch {
		case bytes.Contains(body, []byte("ExportVm")):
			if m := exportThis.FindSubmatch(body); m != nil {
				vm := types.ManagedObjectReference{Type: "VirtualMachine", Value: string(m[3])}
				self := types.ManagedObjectReference{Type: "VmExporter", Value: "exporter-" + vm.Value}
				if simulator.Map.Get(self) == nil {
					simulator.Map.Put(&VmExporter{Self: self, VM: vm, x: x})
				}
				body = exportThis.ReplaceAll(body, []byte("${1}VmExporter${2}exporter-${3}${4}"))
			}
		case bytes.Contains(body, []byte("CreateDescriptor")):
			body = descriptorThis.ReplaceAll(body, []byte("${1}VmDescriptorMaker${2}descriptor-maker${4}"))
		case bytes.Contains(body, []byte("HttpNfcLeaseProgress")), bytes.Contains(body, []byte("HttpNfcLeaseComplete")),
			bytes.Contains(body, []byte("HttpNfcLeaseAbort")):
			if m := leaseThis.FindSubmatch(body); m != nil {
				x.mu.Lock()
				if l := x.leases[string(m[1])]; l != nil {
					l.lastProgress = time.Now()
					if bytes.Contains(body, []byte("HttpNfcLeaseProgress")) {
						l.progressCall++
					} else {
						l.done = true
						log.Printf("vcsim: lease %s ended after %d keepalives", m[1], l.progressCall)
					}
				}
				x.mu.Unlock()
			}
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r.ContentLength = int64(len(body))
		next.ServeHTTP(w, r)
	})
}

// datastorePath turns "[LocalDS_0] vm/disk1.vmdk" into the local file of its data ("-flat").
func datastorePath(name string) (string, error) {
	end := strings.Index(name, "]")
	if !strings.HasPrefix(name, "[") || end < 0 {
		return "", fmt.Errorf("not a datastore path: %s", name)
	}
	dsName, rel := name[1:end], strings.TrimSpace(name[end+1:])
	for _, e := range simulator.Map.All("Datastore") {
		ds := e.(*simulator.Datastore)
		if ds.Name == dsName {
			dir := strings.TrimPrefix(ds.Info.GetDatastoreInfo().Url, "file://")
			return filepath.Join(dir, strings.Replace(rel, ".vmdk", "-flat.vmdk", 1)), nil
		}
	}
	return "", fmt.Errorf("no datastore %s", dsName)
}

// thumbprint is the SHA-1 of the TLS certificate as deviceUrl.sslThumbprint spells it; "" over HTTP.
func (x *exporter) thumbprint() string {
	if x.cert == nil {
		return ""
	}
	sum := sha1.Sum(x.cert)
	parts := make([]string, len(sum))
	for i, b := range sum {
		parts[i] = fmt.Sprintf("%02X", b)
	}
	return strings.Join(parts, ":")
}

func (x *exporter) wasUploaded(path string) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.uploaded[path]
}

// fillDisk gives a disk file deterministic, incompressible content of the configured size.
func (x *exporter) fillDisk(path string) error {
	want := int64(x.opts.diskMB) << 20
	if st, err := os.Stat(path); err == nil && st.Size() == want {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	h := fnv.New64a()
	h.Write([]byte(path))
	source := rand.New(rand.NewSource(int64(h.Sum64())))
	chunk := make([]byte, 1<<20)
	for written := int64(0); written < want; written += int64(len(chunk)) {
		source.Read(chunk)
		if _, err := f.Write(chunk); err != nil {
			return err
		}
	}
	return nil
}

func (e *VmExporter) ExportVm(ctx *simulator.Context, req *types.ExportVm) soap.HasFault {
	body := &methods.ExportVmBody{}
	vm, ok := ctx.Map.Get(e.VM).(*simulator.VirtualMachine)
	if !ok {
		body.Fault_ = simulator.Fault("", &types.ManagedObjectNotFound{Obj: e.VM})
		return body
	}
	if vm.Runtime.PowerState != types.VirtualMachinePowerStatePoweredOff {
		body.Fault_ = simulator.Fault("", &types.InvalidPowerState{
			RequestedState: types.VirtualMachinePowerStatePoweredOff, ExistingState: vm.Runtime.PowerState})
		return body
	}
	lease := simulator.NewHttpNfcLease(ctx, e.VM)
	leaseID := lease.Reference().Value
	entry := &exportLease{files: map[string]*exportFile{}, lastProgress: time.Now()}
	var capacityKB int64
	thumbprint := e.x.thumbprint()
	disk := true
	index := 0
	for _, device := range vm.Config.Hardware.Device {
		vd, ok := device.(*types.VirtualDisk)
		if !ok {
			continue
		}
		backing, ok := vd.Backing.(types.BaseVirtualDeviceFileBackingInfo)
		if !ok {
			continue
		}
		path, err := datastorePath(backing.GetVirtualDeviceFileBackingInfo().FileName)
		if err == nil && e.x.opts.diskMB > 0 && !e.x.wasUploaded(path) {
			err = e.x.fillDisk(path)
		}
		if err != nil {
			body.Fault_ = simulator.Fault(err.Error(), &types.FileFault{File: path})
			return body
		}
		st, _ := os.Stat(path)
		target := fmt.Sprintf("disk-%d.vmdk", index)
		entry.files[target] = &exportFile{path: path}
		lease.Info.DeviceUrl = append(lease.Info.DeviceUrl, types.HttpNfcLeaseDeviceUrl{
			Key:           fmt.Sprintf("/%s/VirtualLsiLogicController0:%d", e.VM.Value, index),
			ImportKey:     fmt.Sprintf("/%s/VirtualLsiLogicController0:%d", vm.Name, index),
			Url:           e.x.baseURL + "/export/" + url.PathEscape(leaseID) + "/" + target,
			SslThumbprint: thumbprint,
			Disk:          &disk,
			TargetId:      target,
			FileSize:      st.Size(),
		})
		capacityKB += vd.CapacityInKB
		index++
	}
	lease.Info.Lease = lease.Reference()
	lease.Info.TotalDiskCapacityInKB = capacityKB
	lease.Info.LeaseTimeout = int32(e.x.opts.leaseTimeout / time.Second)
	e.x.mu.Lock()
	e.x.leases[leaseID] = entry
	e.x.mu.Unlock()
	log.Printf("vcsim: ExportVm %s (%s): lease %s, %d disk(s)", vm.Name, e.VM.Value, leaseID, index)
	body.Res = &types.ExportVmResponse{Returnval: lease.Reference()}
	return body
}

// throttledWriter paces a transfer and can cut it after a number of bytes.
type throttledWriter struct {
	http.ResponseWriter
	bytesPerSecond int64
	cutAfter       int64
	written        int64
	start          time.Time
}

func (t *throttledWriter) Write(p []byte) (int, error) {
	total := 0
	for len(p) > 0 {
		n := len(p)
		if n > 64<<10 {
			n = 64 << 10
		}
		if t.cutAfter > 0 && t.written+int64(n) > t.cutAfter {
			n = int(t.cutAfter - t.written)
			if n > 0 {
				m, _ := t.ResponseWriter.Write(p[:n])
				t.written += int64(m)
			}
			if f, ok := t.ResponseWriter.(http.Flusher); ok {
				f.Flush()
			}
			log.Printf("vcsim: injected failure after %d bytes", t.written)
			panic(http.ErrAbortHandler) // drop the connection mid-body
		}
		m, err := t.ResponseWriter.Write(p[:n])
		t.written += int64(m)
		total += m
		if err != nil {
			return total, err
		}
		p = p[n:]
		if t.bytesPerSecond > 0 {
			due := t.start.Add(time.Duration(t.written * int64(time.Second) / t.bytesPerSecond))
			time.Sleep(time.Until(due))
		}
	}
	return total, nil
}

// serveExport serves /export/<lease>/<disk-N.vmdk> while the lease lives.
func (x *exporter) serveExport(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.EscapedPath(), "/export/"), "/")
	if len(parts) != 2 {
		http.NotFound(w, r)
		return
	}
	leaseID, _ := url.PathUnescape(parts[0])
	x.mu.Lock()
	l := x.leases[leaseID]
	var file *exportFile
	expired := false
	cut := int64(0)
	if l != nil {
		file = l.files[parts[1]]
		expired = l.done || (x.opts.leaseTimeout > 0 && time.Since(l.lastProgress) > x.opts.leaseTimeout)
		if file != nil && x.opts.failAfterBytes > 0 && !x.failed[file.path] {
			x.failed[file.path] = true
			cut = x.opts.failAfterBytes
		}
	}
	x.mu.Unlock()
	if file == nil {
		http.NotFound(w, r)
		return
	}
	if expired {
		log.Printf("vcsim: refusing %s: the lease timed out or ended", r.URL.Path)
		http.Error(w, "lease timed out (no HttpNfcLeaseProgress) or ended", http.StatusForbidden)
		return
	}
	f, err := os.Open(file.path)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, _ := f.Stat()
	if x.opts.ignoreRange {
		r.Header.Del("Range")
	}
	log.Printf("vcsim: GET %s range=%q", parts[1], r.Header.Get("Range"))
	out := &throttledWriter{ResponseWriter: w, bytesPerSecond: int64(x.opts.throttleKBps) * 1024, cutAfter: cut, start: time.Now()}
	w.Header().Set("Content-Type", "application/octet-stream")
	http.ServeContent(out, r, parts[1], st.ModTime(), f)
}

func (d *VmDescriptorMaker) CreateDescriptor(ctx *simulator.Context, req *types.CreateDescriptor) soap.HasFault {
	body := &methods.CreateDescriptorBody{}
	vm, ok := ctx.Map.Get(req.Obj).(*simulator.VirtualMachine)
	if !ok {
		body.Fault_ = simulator.Fault("", &types.ManagedObjectNotFound{Obj: req.Obj})
		return body
	}
	body.Res = &types.CreateDescriptorResponse{Returnval: types.OvfCreateDescriptorResult{
		OvfDescriptor: ovfEnvelope(vm, req.Cdp),
	}}
	return body
}

func xmlEscape(s string) string {
	var b bytes.Buffer
	_ = xmlEscapeTo(&b, s)
	return b.String()
}

func xmlEscapeTo(w io.Writer, s string) error {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")
	_, err := io.WriteString(w, r.Replace(s))
	return err
}

// ovfEnvelope writes an OVF 1.0 envelope for the VM whose References list exactly the files given.
func ovfEnvelope(vm *simulator.VirtualMachine, cdp types.OvfCreateDescriptorParams) string {
	name := cdp.Name
	if name == "" {
		name = vm.Name
	}
	var refs, disks, items strings.Builder
	fileByDevice := map[string]int{}
	for i, f := range cdp.OvfFiles {
		fileByDevice[f.DeviceId] = i
		fmt.Fprintf(&refs, "    <File ovf:href=\"%s\" ovf:id=\"file%d\" ovf:size=\"%d\"/>\n", xmlEscape(f.Path), i+1, f.Size)
	}
	instance := 1
	item := func(resourceType int, elementName, extra string) {
		fmt.Fprintf(&items, "      <Item>\n        <rasd:ElementName>%s</rasd:ElementName>\n        <rasd:InstanceID>%d</rasd:InstanceID>\n%s        <rasd:ResourceType>%d</rasd:ResourceType>\n      </Item>\n",
			xmlEscape(elementName), instance, extra, resourceType)
		instance++
	}
	hw := vm.Config.Hardware
	item(3, fmt.Sprintf("%d virtual CPU(s)", hw.NumCPU),
		"        <rasd:AllocationUnits>hertz * 10^6</rasd:AllocationUnits>\n        <rasd:VirtualQuantity>"+strconv.Itoa(int(hw.NumCPU))+"</rasd:VirtualQuantity>\n")
	item(4, fmt.Sprintf("%dMB of memory", hw.MemoryMB),
		"        <rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>\n        <rasd:VirtualQuantity>"+strconv.Itoa(int(hw.MemoryMB))+"</rasd:VirtualQuantity>\n")
	// Disks and drives name their controller (rasd:Parent) as vCenter's descriptors do; an importer
	// places them by it. Only IDE and SCSI controllers that hold a described device are listed.
	controllers := object.VirtualDeviceList(hw.Device)
	parentOf := map[int32]int{}
	parent := func(d types.BaseVirtualDevice) string {
		key := d.GetVirtualDevice().ControllerKey
		if _, ok := parentOf[key]; !ok {
			switch c := controllers.FindByKey(key).(type) {
			case *types.VirtualIDEController:
				parentOf[key] = instance
				item(5, fmt.Sprintf("IDE %d", c.BusNumber), fmt.Sprintf("        <rasd:Address>%d</rasd:Address>\n", c.BusNumber))
			case types.BaseVirtualSCSIController:
				parentOf[key] = instance
				scsi := c.GetVirtualSCSIController()
				item(6, fmt.Sprintf("SCSI controller %d", scsi.BusNumber), fmt.Sprintf("        <rasd:Address>%d</rasd:Address>\n        <rasd:ResourceSubType>%s</rasd:ResourceSubType>\n",
					scsi.BusNumber, scsiSubType(c)))
			default:
				return ""
			}
		}
		unit := int32(0)
		if n := d.GetVirtualDevice().UnitNumber; n != nil {
			unit = *n
		}
		return fmt.Sprintf("        <rasd:AddressOnParent>%d</rasd:AddressOnParent>\n        <rasd:Parent>%d</rasd:Parent>\n", unit, parentOf[key])
	}
	diskIndex := 0
	for _, device := range hw.Device {
		switch dev := device.(type) {
		case *types.VirtualDisk:
			deviceID := fmt.Sprintf("/%s/VirtualLsiLogicController0:%d", vm.Self.Value, diskIndex)
			diskIndex++
			fileRef := ""
			if i, ok := fileByDevice[deviceID]; ok {
				fileRef = fmt.Sprintf(" ovf:fileRef=\"file%d\"", i+1)
			}
			fmt.Fprintf(&disks, "    <Disk ovf:capacity=\"%d\" ovf:capacityAllocationUnits=\"byte * 2^10\" ovf:diskId=\"vmdisk%d\"%s ovf:format=\"http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized\"/>\n",
				dev.CapacityInKB, diskIndex, fileRef)
			at := parent(dev)
			item(17, fmt.Sprintf("Hard disk %d", diskIndex), at+fmt.Sprintf("        <rasd:HostResource>ovf:/disk/vmdisk%d</rasd:HostResource>\n", diskIndex))
		case *types.VirtualCdrom:
			// A drive must sit on an IDE controller in a descriptor; the simulator's stock VMs have
			// theirs on the SCSI controller, which no real VM can, so such a drive is left out.
			if _, ide := controllers.FindByKey(dev.ControllerKey).(*types.VirtualIDEController); ide {
				at := parent(dev)
				item(15, "CD/DVD drive", at+"        <rasd:AutomaticAllocation>false</rasd:AutomaticAllocation>\n")
			}
		case *types.VirtualSerialPort:
			item(21, "Serial port", "")
		case types.BaseVirtualEthernetCard:
			item(10, "Network adapter", "        <rasd:Connection>VM Network</rasd:Connection>\n        <rasd:ResourceSubType>"+nicSubType(dev)+"</rasd:ResourceSubType>\n")
		}
	}
	return fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>
<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1" xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData" xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData" xmlns:vmw="http://www.vmware.com/schema/ovf">
  <References>
%s  </References>
  <DiskSection>
    <Info>Virtual disk information</Info>
%s  </DiskSection>
  <NetworkSection>
    <Info>The list of logical networks</Info>
    <Network ovf:name="VM Network"><Description>The VM Network network</Description></Network>
  </NetworkSection>
  <VirtualSystem ovf:id="%s">
    <Info>A virtual machine</Info>
    <Name>%s</Name>
    <OperatingSystemSection ovf:id="1" vmw:osType="%s">
      <Info>The kind of installed guest operating system</Info>
    </OperatingSystemSection>
    <VirtualHardwareSection>
      <Info>Virtual hardware requirements</Info>
      <System>
        <vssd:ElementName>Virtual Hardware Family</vssd:ElementName>
        <vssd:InstanceID>0</vssd:InstanceID>
        <vssd:VirtualSystemIdentifier>%s</vssd:VirtualSystemIdentifier>
        <vssd:VirtualSystemType>vmx-13</vssd:VirtualSystemType>
      </System>
%s    </VirtualHardwareSection>
  </VirtualSystem>
</Envelope>
`, refs.String(), disks.String(), xmlEscape(name), xmlEscape(name), xmlEscape(vm.Config.GuestId), xmlEscape(name), items.String())
}

// scsiSubType and nicSubType spell device kinds as vCenter's descriptors do.
func scsiSubType(c types.BaseVirtualSCSIController) string {
	switch c.(type) {
	case *types.ParaVirtualSCSIController:
		return "VirtualSCSI"
	case *types.VirtualBusLogicController:
		return "buslogic"
	case *types.VirtualLsiLogicSASController:
		return "lsilogicsas"
	default:
		return "lsilogic"
	}
}

func nicSubType(card types.BaseVirtualEthernetCard) string {
	switch card.(type) {
	case *types.VirtualE1000e:
		return "E1000e"
	case *types.VirtualVmxnet3:
		return "VmxNet3"
	case *types.VirtualVmxnet2:
		return "VmxNet2"
	case *types.VirtualPCNet32:
		return "PCNet32"
	default:
		return "E1000"
	}
}

// expiryLog reports leases that stopped being kept alive, once.
func (x *exporter) watchLeases() {
	if x.opts.leaseTimeout <= 0 {
		return
	}
	for range time.Tick(time.Second) {
		x.mu.Lock()
		for id, l := range x.leases {
			if !l.done && time.Since(l.lastProgress) > x.opts.leaseTimeout {
				log.Printf("vcsim: lease %s timed out: no HttpNfcLeaseProgress for %s", id, x.opts.leaseTimeout)
				l.done = true
			}
		}
		x.mu.Unlock()
	}
}

var _ mo.Reference = (*VmExporter)(nil)
