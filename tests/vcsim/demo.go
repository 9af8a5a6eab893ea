// The demo inventory: VMs that look like a small company's estate instead of 120 identical
// "otherGuest" machines. Only with -demo: the tests that count on the uniform simulator do not
// pass it. Everything is drawn from a seeded generator, so the same seed gives the same estate.
package main

import (
	"context"
	"fmt"
	"math/rand"
	"net/url"
	"sort"

	"github.com/vmware/govmomi"
	"github.com/vmware/govmomi/find"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

type demoGuest struct {
	id, fullName, family string
	minMemoryMB          int32
}

var demoGuests = []demoGuest{
	{"ubuntu64Guest", "Ubuntu Linux (64-bit)", "linuxGuest", 1024},
	{"debian11_64Guest", "Debian GNU/Linux 11 (64-bit)", "linuxGuest", 512},
	{"debian10_64Guest", "Debian GNU/Linux 10 (64-bit)", "linuxGuest", 512},
	{"rhel8_64Guest", "Red Hat Enterprise Linux 8 (64-bit)", "linuxGuest", 2048},
	{"rhel9_64Guest", "Red Hat Enterprise Linux 9 (64-bit)", "linuxGuest", 2048},
	{"windows2019srv_64Guest", "Microsoft Windows Server 2019 (64-bit)", "windowsGuest", 4096},
	{"windows9Server64Guest", "Microsoft Windows Server 2016 or later (64-bit)", "windowsGuest", 4096},
	{"sles15_64Guest", "SUSE Linux Enterprise 15 (64-bit)", "linuxGuest", 2048},
	{"freebsd12_64Guest", "FreeBSD 12 (64-bit)", "otherGuestFamily", 512},
	{"otherLinux64Guest", "Other Linux (64-bit)", "linuxGuest", 512},
}

type demoRole struct {
	host, notes string
	windows     bool
}

// An empty note is deliberate: many real VMs have none.
var demoRoles = []demoRole{
	{"web", "Storefront web front end (nginx). Owner: web team.", false},
	{"db", "PostgreSQL primary. Do not power off during business hours.", false},
	{"ci", "Build agent for the CI pipeline; safe to restart.", false},
	{"cache", "", false},
	{"mon", "Prometheus and Grafana. Ticket OPS-1432 for the disk alert.", false},
	{"app", "", false},
	{"test", "Scratch VM for the QA team, rebuilt every sprint.", false},
	{"dc", "Active Directory domain controller.", true},
	{"files", "File server, nightly backup at 02:00.", true},
	{"sql", "", true},
	{"rds", "Remote desktop host for the accounting team.", true},
}

// Small machines are the most common, as in any estate.
var demoSizes = []struct {
	cpus     int32
	memoryMB int32
}{{1, 1024}, {1, 2048}, {2, 2048}, {2, 4096}, {2, 4096}, {4, 8192}, {4, 8192}, {4, 16384}, {8, 32768}, {16, 65536}}

type demoVM struct {
	guest      demoGuest
	role       demoRole
	cpus       int32
	memoryMB   int32
	powerState types.VirtualMachinePowerState
	tools      string // "running", "notRunning", "notInstalled" or "old"
}

// planDemo decides what the i-th VM (in name order) looks like. Power states follow the index so
// that even a handful of VMs has one off and one suspended; the rest comes from the generator.
func planDemo(rng *rand.Rand, count int) []demoVM {
	guestOrder := rng.Perm(len(demoGuests))
	plans := make([]demoVM, count)
	for i := range plans {
		p := &plans[i]
		p.guest = demoGuests[guestOrder[i%len(guestOrder)]]
		for p.role = demoRoles[rng.Intn(len(demoRoles))]; p.role.windows != (p.guest.family == "windowsGuest"); {
			p.role = demoRoles[rng.Intn(len(demoRoles))]
		}
		size := demoSizes[rng.Intn(len(demoSizes))]
		p.cpus, p.memoryMB = size.cpus, size.memoryMB
		if p.memoryMB < p.guest.minMemoryMB {
			p.memoryMB = p.guest.minMemoryMB
		}
		switch {
		case i%7 == 5:
			p.powerState = types.VirtualMachinePowerStatePoweredOff
		case i%11 == 4:
			p.powerState = types.VirtualMachinePowerStateSuspended
		default:
			p.powerState = types.VirtualMachinePowerStatePoweredOn
		}
		switch r := rng.Intn(10); {
		case i < 3:
			// The VMs with sample metadata (resources/demo-metadata) are the ones a demo walks through.
			p.tools = "running"
		case r == 0:
			p.tools = "notInstalled"
		case r == 1:
			p.tools = "old"
		case r == 2 && p.powerState == types.VirtualMachinePowerStatePoweredOn:
			p.tools = "notRunning" // installed, but the service is stopped in the guest
		case p.powerState != types.VirtualMachinePowerStatePoweredOn:
			p.tools = "notRunning"
		default:
			p.tools = "running"
		}
	}
	return plans
}

// varyDemo gives the simulator's VMs the planned look: power states through the API, as an admin
// would change them, then the configuration and the guest information the VMware Tools would
// report, written into the simulator's objects before any client connects.
func varyDemo(u *url.URL, seed int64) error {
	ctx := context.Background()
	client, err := govmomi.NewClient(ctx, u, true)
	if err != nil {
		return err
	}
	defer client.Logout(ctx)
	vms, err := find.NewFinder(client.Client).VirtualMachineList(ctx, "/*/vm/*")
	if err != nil {
		return err
	}
	// In natural order (VM2 before VM10), so that the host names' numbers match the VMs'.
	sort.Slice(vms, func(i, j int) bool {
		a, b := vms[i].Name(), vms[j].Name()
		return len(a) < len(b) || (len(a) == len(b) && a < b)
	})
	plans := planDemo(rand.New(rand.NewSource(seed)), len(vms))
	for i, vm := range vms {
		if plans[i].powerState == types.VirtualMachinePowerStatePoweredOn {
			continue
		}
		task, err := vm.PowerOff(ctx)
		if err == nil {
			err = task.Wait(ctx)
		}
		if err == nil && plans[i].powerState == types.VirtualMachinePowerStateSuspended {
			// The simulator suspends from any state; a real host needs the VM running.
			if task, err = vm.Suspend(ctx); err == nil {
				err = task.Wait(ctx)
			}
		}
		if err != nil {
			return fmt.Errorf("%s: %v", vm.Name(), err)
		}
	}
	for i, vm := range vms {
		obj, ok := simulator.Map.Get(vm.Reference()).(*simulator.VirtualMachine)
		if !ok {
			return fmt.Errorf("%s: not in the simulator's registry", vm.Name())
		}
		simulator.Map.WithLock(obj, func() { applyDemo(obj, plans[i], i) })
	}
	return nil
}

func applyDemo(vm *simulator.VirtualMachine, p demoVM, index int) {
	vm.Config.GuestId = p.guest.id
	vm.Config.GuestFullName = p.guest.fullName
	vm.Config.Annotation = p.role.notes
	vm.Config.Hardware.NumCPU = p.cpus
	vm.Config.Hardware.MemoryMB = p.memoryMB
	vm.Summary.Config.GuestId = p.guest.id
	vm.Summary.Config.GuestFullName = p.guest.fullName
	vm.Summary.Config.Annotation = p.role.notes
	vm.Summary.Config.NumCpu = p.cpus
	vm.Summary.Config.MemorySizeMB = p.memoryMB

	g := vm.Guest
	g.GuestId, g.GuestFullName, g.GuestFamily = "", "", ""
	g.HostName, g.IpAddress = "", ""
	g.GuestState = "notRunning"
	g.ToolsRunningStatus = string(types.VirtualMachineToolsRunningStatusGuestToolsNotRunning)
	switch p.tools {
	case "notInstalled":
		g.ToolsStatus = types.VirtualMachineToolsStatusToolsNotInstalled
		g.ToolsVersionStatus2 = string(types.VirtualMachineToolsVersionStatusGuestToolsNotInstalled)
		g.ToolsVersion = "0"
	case "old":
		g.ToolsStatus = types.VirtualMachineToolsStatusToolsOld
		g.ToolsVersionStatus2 = string(types.VirtualMachineToolsVersionStatusGuestToolsSupportedOld)
		g.ToolsVersion = "10346"
	default:
		g.ToolsStatus = types.VirtualMachineToolsStatusToolsNotRunning
		g.ToolsVersionStatus2 = string(types.VirtualMachineToolsVersionStatusGuestToolsCurrent)
		g.ToolsVersion = "12352"
	}
	g.ToolsVersionStatus = g.ToolsVersionStatus2
	reports := p.powerState == types.VirtualMachinePowerStatePoweredOn && (p.tools == "running" || p.tools == "old")
	for n := range g.Net {
		g.Net[n].IpAddress = nil
		g.Net[n].IpConfig = nil
	}
	if reports {
		if p.tools == "running" {
			g.ToolsStatus = types.VirtualMachineToolsStatusToolsOk
		}
		g.ToolsRunningStatus = string(types.VirtualMachineToolsRunningStatusGuestToolsRunning)
		g.GuestState = "running"
		g.GuestId, g.GuestFullName, g.GuestFamily = p.guest.id, p.guest.fullName, p.guest.family
		g.HostName = fmt.Sprintf("%s-%02d.demo.lan", p.role.host, index)
		// One /24 per role, so that ip:10.20.1. finds the database servers.
		g.IpAddress = fmt.Sprintf("10.20.%d.%d", roleIndex(p.role), 10+index%240)
		if len(g.Net) > 0 {
			ipv6 := fmt.Sprintf("fd00:20::%x", index+1)
			g.Net[0].IpAddress = []string{g.IpAddress, ipv6}
			g.Net[0].IpConfig = &types.NetIpConfigInfo{IpAddress: []types.NetIpConfigInfoIpAddress{
				{IpAddress: g.IpAddress, PrefixLength: 24, State: "preferred"},
				{IpAddress: ipv6, PrefixLength: 64, State: "preferred"},
			}}
		}
	}
	vm.Summary.Guest = &types.VirtualMachineGuestSummary{
		GuestId:             g.GuestId,
		GuestFullName:       g.GuestFullName,
		ToolsStatus:         g.ToolsStatus,
		ToolsVersionStatus:  g.ToolsVersionStatus,
		ToolsVersionStatus2: g.ToolsVersionStatus2,
		ToolsRunningStatus:  g.ToolsRunningStatus,
		HostName:            g.HostName,
		IpAddress:           g.IpAddress,
	}
}

func roleIndex(r demoRole) int {
	for i := range demoRoles {
		if demoRoles[i].host == r.host {
			return i
		}
	}
	return 0
}
