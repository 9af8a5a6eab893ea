// vmdesk-vcsim: the vCenter simulator vmdesk's tests and demo talk to.
//
// It wraps the govmomi simulator (Debian's golang-github-vmware-govmomi-dev) and adds only what
// the project needs. It prints its SDK URL as the first line on stdout and serves until SIGINT or
// SIGTERM. Point TMPDIR at a tmpfs for large inventories: the simulator writes files per VM.
package main

import (
	"crypto/tls"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"os/signal"
	"syscall"

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

	server := model.Service.NewServer()
	defer server.Close()

	sdk := *server.URL
	sdk.User = nil
	fmt.Println(sdk.String())
	fmt.Fprintf(os.Stderr, "vcsim: %d VMs, %d hosts in %d datacenters, serving %s\n",
		model.Machine*pools, *datacenters*(*clusters**clusterHosts+*standaloneHosts), *datacenters, sdk.String())

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGINT, syscall.SIGTERM)
	<-stop
}
