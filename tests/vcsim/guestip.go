// Guest addresses after power-on, as VMware Tools in a real guest report them some seconds after
// the VM starts. The 0.24 simulator never reports any.
//
// The rule (--guest-ip-delay, default 2s; 0 turns it off): when a VM is powered on through the API
// (PowerOnVM_Task, ResetVM_Task, or CloneVM_Task with powerOn), then after the delay its Tools
// report running (guest.toolsRunningStatus guestToolsRunning) and guest.net lists its first NIC
// (that card's MAC address and network). If the VM carries cloud-init data — an extraConfig
// guestinfo.metadata or guestinfo.userdata with a non-empty value, or a CD-ROM whose ISO file name
// ends in ".iso" and contains "cidata" or "seed" — the NIC also has an address, which becomes
// guest.ipAddress: the first interface's static address in guestinfo.metadata's network config
// (JSON; plain, base64 or gzip+base64 per guestinfo.metadata.encoding), otherwise 10.x.y.z derived
// from the VM's name. A VM without cloud-init data never gets an address, like a guest whose network
// did not come up. Powering such a VM off (or suspending, or shutting down its guest) takes the
// report back. Every change goes through the simulator's Map.Update, so WaitForUpdatesEx sees it.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"hash/fnv"
	"io"
	"log"
	"net"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

type guestReporter struct {
	delay time.Duration
	mu    sync.Mutex
	boots map[string]int // VM → power-on count; a later power change cancels a pending report
}

func newGuestReporter(delay time.Duration) *guestReporter {
	return &guestReporter{delay: delay, boots: map[string]int{}}
}

// wrap notes the power changes a guest would notice.
func (g *guestReporter) wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if g.delay <= 0 || r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/sdk") {
			next.ServeHTTP(w, r)
			return
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
		m := vmThis.FindSubmatch(body)
		if m == nil {
			return
		}
		vm := types.ManagedObjectReference{Type: "VirtualMachine", Value: string(m[4])}
		switch {
		case bytes.Contains(body, []byte("PowerOnVM_Task")), bytes.Contains(body, []byte("ResetVM_Task")):
			g.poweredOn(vm)
		case bytes.Contains(body, []byte("PowerOffVM_Task")), bytes.Contains(body, []byte("SuspendVM_Task")),
			bytes.Contains(body, []byte("ShutdownGuest")):
			g.poweredOff(vm)
		}
	})
}

// poweredOn schedules the Tools' report for a VM that is now running.
func (g *guestReporter) poweredOn(ref types.ManagedObjectReference) {
	vm, ok := simulator.Map.Get(ref).(*simulator.VirtualMachine)
	if g.delay <= 0 || !ok {
		return
	}
	on := false
	simulator.Map.WithLock(vm, func() { on = vm.Runtime.PowerState == types.VirtualMachinePowerStatePoweredOn })
	if !on {
		return
	}
	g.mu.Lock()
	g.boots[ref.Value]++
	boot := g.boots[ref.Value]
	g.mu.Unlock()
	time.AfterFunc(g.delay, func() {
		vm, ok := simulator.Map.Get(ref).(*simulator.VirtualMachine)
		g.mu.Lock()
		current := g.boots[ref.Value] == boot
		g.mu.Unlock()
		if ok && current {
			simulator.Map.WithLock(vm, func() {
				if vm.Runtime.PowerState == types.VirtualMachinePowerStatePoweredOn {
					report(vm)
				}
			})
		}
	})
}

// poweredOff cancels a pending report and takes back one made, for VMs this reporter booted.
func (g *guestReporter) poweredOff(ref types.ManagedObjectReference) {
	g.mu.Lock()
	_, booted := g.boots[ref.Value]
	if booted {
		g.boots[ref.Value]++
	}
	g.mu.Unlock()
	vm, ok := simulator.Map.Get(ref).(*simulator.VirtualMachine)
	if !booted || !ok {
		return
	}
	simulator.Map.WithLock(vm, func() {
		nics := append([]types.GuestNicInfo(nil), vm.Guest.Net...)
		for i := range nics {
			nics[i].IpAddress, nics[i].IpConfig = nil, nil
		}
		simulator.Map.Update(vm, toolsChanges(types.VirtualMachineToolsRunningStatusGuestToolsNotRunning,
			types.VirtualMachineToolsStatusToolsNotRunning, "notRunning", "", "", nics))
	})
}

func toolsChanges(running types.VirtualMachineToolsRunningStatus, status types.VirtualMachineToolsStatus,
	state, ip, hostName string, nics []types.GuestNicInfo) []types.PropertyChange {
	return []types.PropertyChange{
		{Name: "guest.toolsRunningStatus", Val: string(running)},
		{Name: "guest.toolsStatus", Val: status},
		{Name: "guest.guestState", Val: state},
		{Name: "guest.ipAddress", Val: ip},
		{Name: "guest.hostName", Val: hostName},
		{Name: "guest.net", Val: nics},
		{Name: "summary.guest.toolsRunningStatus", Val: string(running)},
		{Name: "summary.guest.toolsStatus", Val: status},
		{Name: "summary.guest.ipAddress", Val: ip},
		{Name: "summary.guest.hostName", Val: hostName},
	}
}

// report is what the Tools say once the guest has booted. Called with the VM locked. A guest
// without Tools (as --demo marks some) says nothing.
func report(vm *simulator.VirtualMachine) {
	if vm.Guest.ToolsVersionStatus2 == string(types.VirtualMachineToolsVersionStatusGuestToolsNotInstalled) {
		return
	}
	status := types.VirtualMachineToolsStatusToolsOk
	if vm.Guest.ToolsStatus == types.VirtualMachineToolsStatusToolsOld {
		status = types.VirtualMachineToolsStatusToolsOld
	}
	var nics []types.GuestNicInfo
	ip, prefix, hostName := "", int32(24), ""
	if carriesCloudInit(vm) {
		ip, prefix, hostName = staticAddress(vm)
		if ip == "" {
			ip, prefix = addressFor(vm.Name), 8
		}
		if hostName == "" {
			hostName = vm.Name
		}
	}
	for _, device := range vm.Config.Hardware.Device {
		card, ok := device.(types.BaseVirtualEthernetCard)
		if !ok {
			continue
		}
		c := card.GetVirtualEthernetCard()
		nic := types.GuestNicInfo{Network: networkName(c), MacAddress: c.MacAddress, Connected: true, DeviceConfigId: c.Key}
		if ip != "" {
			nic.IpAddress = []string{ip}
			nic.IpConfig = &types.NetIpConfigInfo{IpAddress: []types.NetIpConfigInfoIpAddress{
				{IpAddress: ip, PrefixLength: prefix, State: string(types.NetIpConfigInfoIpAddressStatusPreferred)}}}
		}
		nics = append(nics, nic)
		break
	}
	if len(nics) == 0 {
		ip = "" // no NIC, no address
	}
	simulator.Map.Update(vm, toolsChanges(types.VirtualMachineToolsRunningStatusGuestToolsRunning,
		status, "running", ip, hostName, nics))
	if ip == "" {
		log.Printf("vcsim: guest of %s (%s): Tools running, %d NIC(s), no address", vm.Name, vm.Self.Value, len(nics))
	} else {
		log.Printf("vcsim: guest of %s (%s): Tools running, address %s", vm.Name, vm.Self.Value, ip)
	}
}

func networkName(c *types.VirtualEthernetCard) string {
	switch b := c.Backing.(type) {
	case *types.VirtualEthernetCardNetworkBackingInfo:
		return b.DeviceName
	case *types.VirtualEthernetCardDistributedVirtualPortBackingInfo:
		ref := types.ManagedObjectReference{Type: "DistributedVirtualPortgroup", Value: b.Port.PortgroupKey}
		if pg, ok := simulator.Map.Get(ref).(*simulator.DistributedVirtualPortgroup); ok {
			return pg.Name
		}
	}
	return ""
}

func extraConfig(vm *simulator.VirtualMachine, key string) string {
	value := ""
	for _, o := range vm.Config.ExtraConfig {
		if v := o.GetOptionValue(); v.Key == key {
			value, _ = v.Value.(string) // the last one set wins, as normalizeExtraConfig keeps it
		}
	}
	return value
}

func carriesCloudInit(vm *simulator.VirtualMachine) bool {
	if extraConfig(vm, "guestinfo.metadata") != "" || extraConfig(vm, "guestinfo.userdata") != "" {
		return true
	}
	for _, device := range vm.Config.Hardware.Device {
		if cd, ok := device.(*types.VirtualCdrom); ok {
			if iso, ok := cd.Backing.(*types.VirtualCdromIsoBackingInfo); ok {
				name := strings.ToLower(path.Base(iso.FileName))
				if strings.HasSuffix(name, ".iso") && (strings.Contains(name, "cidata") || strings.Contains(name, "seed")) {
					return true
				}
			}
		}
	}
	return false
}

// addressFor gives each VM name its own address in 10.0.0.0/8, the same on every run.
func addressFor(name string) string {
	h := fnv.New32a()
	h.Write([]byte(name))
	sum := h.Sum32()
	return net.IPv4(10, byte(sum>>16), byte(sum>>8), byte(1+sum%254)).String()
}

// decodeGuestinfo undoes the encodings cloud-init's VMware datasource accepts.
func decodeGuestinfo(data, encoding string) ([]byte, bool) {
	switch strings.ToLower(encoding) {
	case "":
		return []byte(data), true
	case "base64", "b64":
		b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(data))
		return b, err == nil
	case "gzip+base64", "gz+b64":
		b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(data))
		if err != nil {
			return nil, false
		}
		r, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, false
		}
		b, err = io.ReadAll(r)
		return b, err == nil
	}
	return nil, false
}

// staticAddress reads the first interface's static address and the host name from
// guestinfo.metadata when it is JSON; "" when it is not, or the interface uses DHCP.
func staticAddress(vm *simulator.VirtualMachine) (string, int32, string) {
	raw, ok := decodeGuestinfo(extraConfig(vm, "guestinfo.metadata"), extraConfig(vm, "guestinfo.metadata.encoding"))
	var meta struct {
		LocalHostname   string          `json:"local-hostname"`
		Network         json.RawMessage `json:"network"`
		NetworkEncoding string          `json:"network.encoding"`
	}
	if !ok || json.Unmarshal(raw, &meta) != nil {
		return "", 0, ""
	}
	network := []byte(meta.Network)
	var encoded string
	if json.Unmarshal(network, &encoded) == nil {
		if network, ok = decodeGuestinfo(encoded, meta.NetworkEncoding); !ok {
			return "", 0, meta.LocalHostname
		}
	}
	var config struct {
		Network   json.RawMessage            `json:"network"` // "network: {network: {...}}" also occurs
		Version   int                        `json:"version"`
		Ethernets map[string]json.RawMessage `json:"ethernets"`
		Config    []struct {
			Type    string `json:"type"`
			Subnets []struct {
				Type    string `json:"type"`
				Address string `json:"address"`
				Netmask string `json:"netmask"`
			} `json:"subnets"`
		} `json:"config"`
	}
	if json.Unmarshal(network, &config) != nil {
		return "", 0, meta.LocalHostname
	}
	if config.Version == 0 && len(config.Network) > 0 {
		_ = json.Unmarshal(config.Network, &config)
	}
	if config.Version == 2 {
		if name := firstKey(network, "ethernets"); name != "" {
			var eth struct {
				Addresses []string `json:"addresses"`
			}
			if json.Unmarshal(config.Ethernets[name], &eth) == nil && len(eth.Addresses) > 0 {
				ip, prefix := splitAddress(eth.Addresses[0], "")
				return ip, prefix, meta.LocalHostname
			}
		}
	} else {
		for _, c := range config.Config {
			if c.Type != "physical" {
				continue
			}
			for _, s := range c.Subnets {
				if strings.HasPrefix(s.Type, "static") {
					ip, prefix := splitAddress(s.Address, s.Netmask)
					return ip, prefix, meta.LocalHostname
				}
			}
			break // only the first interface counts
		}
	}
	return "", 0, meta.LocalHostname
}

// firstKey is the first key of the object under key (in document order; Go maps have none).
func firstKey(document []byte, key string) string {
	var outer map[string]json.RawMessage
	if json.Unmarshal(document, &outer) != nil {
		return ""
	}
	inner, ok := outer[key]
	if !ok {
		if nested, ok := outer["network"]; ok {
			return firstKey(nested, key)
		}
		return ""
	}
	dec := json.NewDecoder(bytes.NewReader(inner))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	if t, err := dec.Token(); err == nil {
		if name, ok := t.(string); ok {
			return name
		}
	}
	return ""
}

// splitAddress reads "192.0.2.10/24" or an address with a separate netmask.
func splitAddress(address, netmask string) (string, int32) {
	ip, prefix := address, int32(24)
	if i := strings.IndexByte(address, '/'); i >= 0 {
		ip = address[:i]
		if n, err := strconv.Atoi(address[i+1:]); err == nil {
			prefix = int32(n)
		}
	} else if mask := net.ParseIP(netmask); mask != nil && mask.To4() != nil {
		ones, _ := net.IPMask(mask.To4()).Size()
		prefix = int32(ones)
	}
	if net.ParseIP(ip) == nil {
		return "", 0
	}
	if net.ParseIP(ip).To4() == nil && !strings.Contains(address, "/") {
		prefix = 64
	}
	return ip, prefix
}
