package localpages

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// A web server that Debian installs (nginx, lighttpd, Apache) is started
// in the foreground on a loopback port, over the small site (siteFiles)
// and an empty directory, with a configuration of its own written to a
// temporary directory, and asked for one path; its answer is recorded
// whatever the status. The configurations switch on what a site's
// operator switches on (directory listings, a status page) and leave
// every page the server writes at its default.

// serverDate is the date of every file and directory of the site the
// servers serve, since listings print the dates.
var serverDate = time.Date(2026, 12, 10, 9, 30, 0, 0, time.UTC)

// server is how one web server is configured and started.
type server struct {
	binary string
	// config is the configuration for a site in dir served on port.
	config func(dir string, port int) string
	// args start the server in the foreground with the configuration
	// written to conf.
	args func(conf string) []string
	// confName is the configuration file's name.
	confName string
}

var servers = map[string]server{
	"nginx": {
		binary:   "nginx",
		confName: "nginx.conf",
		config: func(dir string, port int) string {
			return fmt.Sprintf(`daemon off;
master_process off;
pid %[1]s/nginx.pid;
error_log %[1]s/error.log;
events {}
http {
    access_log off;
    client_body_temp_path %[1]s/tmp;
    proxy_temp_path %[1]s/tmp;
    fastcgi_temp_path %[1]s/tmp;
    uwsgi_temp_path %[1]s/tmp;
    scgi_temp_path %[1]s/tmp;
    server {
        listen 127.0.0.1:%[2]d;
        root %[1]s/site;
        location /news/ { autoindex on; }
    }
}
`, dir, port)
		},
		args: func(conf string) []string { return []string{"-p", filepath.Dir(conf), "-c", conf} },
	},
	"lighttpd": {
		binary:   "lighttpd",
		confName: "lighttpd.conf",
		config: func(dir string, port int) string {
			return fmt.Sprintf(`server.document-root = "%[1]s/site"
server.bind = "127.0.0.1"
server.port = %[2]d
server.errorlog = "%[1]s/error.log"
server.modules += ("mod_dirlisting", "mod_status")
mimetype.assign = (".html" => "text/html")
$HTTP["url"] =~ "^/news/" { dir-listing.activate = "enable" }
status.status-url = "/server-status"
`, dir, port)
		},
		args: func(conf string) []string { return []string{"-D", "-f", conf} },
	},
	"apache": {
		binary:   "apache2",
		confName: "apache2.conf",
		config: func(dir string, port int) string {
			var mods strings.Builder
			for _, m := range []string{"mpm_prefork", "authz_core", "dir", "autoindex", "mime", "status", "info", "alias"} {
				fmt.Fprintf(&mods, "LoadModule %s_module /usr/lib/apache2/modules/mod_%s.so\n", m, m)
			}
			return fmt.Sprintf(`%[3]sServerRoot %[1]s
ServerName localhost
Listen 127.0.0.1:%[2]d
PidFile %[1]s/apache2.pid
ErrorLog %[1]s/error.log
Mutex file:%[1]s
DocumentRoot %[1]s/site
TypesConfig /etc/mime.types
<Directory %[1]s/site>
    Require all granted
</Directory>
<Directory %[1]s/site/news>
    Options Indexes
</Directory>
<Location /server-status>
    SetHandler server-status
</Location>
<Location /server-info>
    SetHandler server-info
</Location>
`, dir, port, mods.String())
		},
		args: func(conf string) []string { return []string{"-X", "-f", conf} },
	},
}

// serverAnswer starts the server named before the first space of what
// ("nginx /news/") and records its answer to the path after it.
func serverAnswer(ctx context.Context, what string) ([]byte, string, error) {
	name, path, ok := strings.Cut(what, " ")
	s, known := servers[name]
	if !ok || !known {
		return nil, "", fmt.Errorf("no server answer named %q", what)
	}
	origin := name + " " + path
	bin, err := exec.LookPath(s.binary)
	if err != nil {
		for _, d := range []string{"/usr/sbin", "/sbin"} {
			if _, e := os.Stat(filepath.Join(d, s.binary)); e == nil {
				bin, err = filepath.Join(d, s.binary), nil
			}
		}
	}
	if err != nil {
		return nil, origin, fmt.Errorf("%s is not installed: %w", s.binary, ErrUnavailable)
	}
	dir, err := os.MkdirTemp("", "localpages-"+name)
	if err != nil {
		return nil, origin, err
	}
	defer os.RemoveAll(dir)
	if err := writeServerSite(dir); err != nil {
		return nil, origin, fmt.Errorf("writing the site for %s: %w", name, err)
	}
	port, err := freePort()
	if err != nil {
		return nil, origin, err
	}
	conf := filepath.Join(dir, s.confName)
	if err := os.WriteFile(conf, []byte(s.config(dir, port)), 0o644); err != nil {
		return nil, origin, err
	}
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, s.args(conf)...)
	// Listings print dates in the server's time zone.
	cmd.Env = append(os.Environ(), "TZ=UTC")
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	if err := cmd.Start(); err != nil {
		return nil, origin, fmt.Errorf("starting %s: %w", s.binary, err)
	}
	// Every server runs in the foreground, so a process that exits
	// before it answers has failed: stop asking then instead of polling
	// until the timeout.
	exited := make(chan struct{})
	var waitErr error
	go func() {
		waitErr = cmd.Wait()
		close(exited)
	}()
	defer func() {
		_ = cmd.Process.Kill()
		<-exited
	}()
	askCtx, stopAsking := context.WithCancelCause(ctx)
	defer stopAsking(nil)
	go func() {
		select {
		case <-exited:
			stopAsking(fmt.Errorf("%s exited before answering (%v)", s.binary, waitErr))
		case <-askCtx.Done():
		}
	}()
	body, err := askWhenUp(askCtx, fmt.Sprintf("http://127.0.0.1:%d%s", port, path))
	if cause := context.Cause(askCtx); err != nil && cause != nil && !errors.Is(cause, ctx.Err()) {
		err = cause
	}
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "error.log"))
		return nil, origin, fmt.Errorf("asking %s for %s: %w: %s %s", name, path, err, lastLine(stderr.String()), lastLine(string(log)))
	}
	return body, origin, nil
}

// writeServerSite writes the small site under dir/site, with an empty
// directory site/private, and the files' dates.
func writeServerSite(dir string) error {
	site := filepath.Join(dir, "site")
	for _, d := range []string{"site/news", "site/private", "tmp"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return err
		}
	}
	for name, body := range siteFiles {
		p := filepath.Join(site, filepath.FromSlash(name))
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			return err
		}
		if err := os.Chtimes(p, serverDate, serverDate); err != nil {
			return err
		}
	}
	for _, d := range []string{"news", "private", "."} {
		if err := os.Chtimes(filepath.Join(site, d), serverDate, serverDate); err != nil {
			return err
		}
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// askWhenUp asks for url until the server listens, without following
// redirects: the body of a redirect is the page recorded.
func askWhenUp(ctx context.Context, url string) ([]byte, error) {
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return nil, err
		}
		resp, err := client.Do(req)
		if err == nil {
			defer resp.Body.Close()
			return io.ReadAll(resp.Body)
		}
		var op *net.OpError
		if !errors.As(err, &op) || ctx.Err() != nil {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}
