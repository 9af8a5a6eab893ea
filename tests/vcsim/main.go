// vmdesk-vcsim: the vCenter simulator vmdesk's tests and demo talk to.
//
// It wraps the govmomi simulator (Debian's golang-github-vmware-govmomi-dev) and adds only what
// the project needs. It prints its SDK URL as the first line on stdout and serves until SIGINT or
// SIGTERM. Point TMPDIR at a tmpfs for large inventories: the simulator writes files per VM.
package main

import (
	"context"
	"crypto/tls"
	"flag"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"sort"
	"syscall"
	"time"

	"github.com/vmware/govmomi"
	"github.com/vmware/govmomi/find"
	"github.com/vmware/govmomi/simulator"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on; port 0 picks a free port")
	vms := flag.Int("vms", 20, "number of virtual machines (rounded up to a multiple of the resource pools)")
	datacenters := flag.Int("datacenters", 1, "number of datacenters")
	clusters := flag.Int("clusters", 1, "clusters per datacenter")
	clusterHosts := flag.Int("cluster-hosts", 3, "hosts per cluster")
	standaloneHosts := flag.Int("standalone-hosts", 0, "standalone hosts per datacenter")
	user := flag.String("user", "", "accept only this user name (default: any non-empty user and password)")
	password := flag.String("password-env", "", "with --user: the environment variable holding the only accepted password")
	certFile := flag.String("tls-cert", "", "serve HTTPS with this PEM certificate")
	keyFile := flag.String("tls-key", "", "the PEM private key for --tls-cert")
	var export exportOptions
	flag.IntVar(&export.diskMB, "disk-mb", 0, "give each exported VM's disks this many MiB of content")
	flag.IntVar(&export.throttleKBps, "throttle-kbps", 0, "limit each disk transfer (export download or deploy upload) to this many KiB/s")
	flag.Int64Var(&export.failAfterBytes, "fail-after-bytes", 0, "cut the first transfer of each disk after this many bytes (once per disk)")
	flag.BoolVar(&export.ignoreRange, "ignore-range", false, "answer Range requests with the whole file (HTTP 200)")
	flag.DurationVar(&export.leaseTimeout, "lease-timeout", 300*time.Second, "end an export or import lease after this long without HttpNfcLeaseProgress (an import's VM is then removed)")
	folders := flag.Int("folders", 0, "put the last N datacenters, and their hosts and VMs, in a folder each")
	poweredOff := flag.Int("powered-off", 0, "power off this many VMs after start (exports need powered-off VMs)")
	demo := flag.Bool("demo", false, "vary the VMs' guest OS, addresses, notes, Tools, power state and size (the app's demo)")
	demoSeed := flag.Int64("demo-seed", 1, "with --demo: the seed; the same seed gives the same inventory")
	maxPage := flag.Int("max-page", 0, "return at most this many objects per RetrievePropertiesEx page (0: only the request's maxObjects)")
	guestIPDelay := flag.Duration("guest-ip-delay", 2*time.Second,
		"this long after a VM is powered on through the API, its Tools report running and its first NIC; the NIC has an "+
			"address (guest.ipAddress) only if the VM carries cloud-init data: a non-empty guestinfo.metadata or "+
			"guestinfo.userdata, or a CD-ROM with an .iso named *cidata* or *seed* (0: never report)")
	guestRoot := flag.String("guest-root", defaultGuestRoot(),
		"guest operations: VM vm-N's guest file system is DIR/vm-N (made with tmp/, root/, home/; kept after exit)")
	guestToolsOff := flag.String("guest-tools-off", "",
		"guest operations: comma-separated names of VMs whose Tools are not running (GuestOperationsUnavailable)")
	flag.Parse()

	pools := *datacenters * (*clusters + *standaloneHosts)
	if pools < 1 || *vms < 0 {
		log.Fatal("vcsim: need at least one cluster or standalone host, and a non-negative --vms")
	}

	model := simulator.VPX()
	model.Datacenter = *datacenters
	model.Cluster = *clusters
	model.ClusterHost = *clusterHosts
	model.Host = *standaloneHosts
	model.Folder = *folders
	model.Machine = (*vms + pools - 1) / pools
	if err := model.Create(); err != nil {
		log.Fatalf("vcsim: cannot create the inventory: %v", err)
	}
	defer model.Remove()

	model.Service.Listen = &url.URL{Host: *listen}
	if *user != "" {
		if *password == "" || os.Getenv(*password) == "" {
			log.Fatal("vcsim: --user needs --password-env naming a non-empty environment variable")
		}
		model.Service.Listen.User = url.UserPassword(*user, os.Getenv(*password))
	}
	if *certFile != "" {
		cert, err := tls.LoadX509KeyPair(*certFile, *keyFile)
		if err != nil {
			log.Fatalf("vcsim: cannot load the TLS certificate: %v", err)
		}
		model.Service.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	}

	exports := newExporter(export)
	guests := newGuestReporter(*guestIPDelay)
	provisions := newProvisioner(exports, guests)
	model.Service.ServeMux = http.NewServeMux()
	model.Service.ServeMux.HandleFunc("/export/", exports.serveExport)
	model.Service.ServeMux.HandleFunc("/import/", provisions.serveImport)
	guestOperations, err := newGuestOps(*guestRoot, *guestToolsOff, *user, os.Getenv(*password))
	if err != nil {
		log.Fatalf("vcsim: guest operations: %v", err)
	}
	defer guestOperations.close()
	guestOperations.demo = *demo
	model.Service.ServeMux.HandleFunc(guestTransferPath, guestOperations.serveTransfer)
	server := model.Service.NewServer()
	defer server.Close()
	server.Config.Handler = newPager(*maxPage).wrap(exports.wrap(provisions.wrap(guests.wrap(server.Config.Handler))))
	exports.baseURL = server.URL.Scheme + "://" + server.URL.Host
	provisions.scheme = server.URL.Scheme
	provisions.server = server.URL
	guestOperations.scheme = server.URL.Scheme
	if model.Service.TLS != nil {
		exports.cert = model.Service.TLS.Certificates[0].Certificate[0]
	}
	go exports.watchLeases()
	go provisions.watchLeases()

	if *poweredOff > 0 {
		if err := powerOff(server.URL, *poweredOff); err != nil {
			log.Fatalf("vcsim: cannot power off VMs: %v", err)
		}
	}

	if *demo {
		if err := varyDemo(server.URL, *demoSeed); err != nil {
			log.Fatalf("vcsim: cannot vary the demo VMs: %v", err)
		}
	}

	sdk := *server.URL
	sdk.User = nil
	fmt.Println(sdk.String())
	fmt.Fprintf(os.Stderr, "vcsim: %d VMs, %d hosts in %d datacenters, serving %s\n",
		model.Machine*pools, *datacenters*(*clusters**clusterHosts+*standaloneHosts), *datacenters, sdk.String())

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
}

// powerOff powers off the first n VMs (by name) through the API, as an admin would.
func powerOff(u *url.URL, n int) error {
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
	sort.Slice(vms, func(i, j int) bool { return vms[i].Name() < vms[j].Name() })
	for i := 0; i < n && i < len(vms); i++ {
		task, err := vms[i].PowerOff(ctx)
		if err == nil {
			err = task.Wait(ctx)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
