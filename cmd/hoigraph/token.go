package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"hoigraph"
	"hoigraph/auth"
)

func init() {
	commands["token"] = command{"API tokens: token create -role ROLE -name NAME | token list | token revoke ID|NAME", runToken}
}

func runToken(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: hoigraph token create -role reader|editor|admin -name NAME\n       hoigraph token list\n       hoigraph token revoke ID|NAME")
		return flag.ErrHelp
	}
	fs := flag.NewFlagSet("token "+args[0], flag.ContinueOnError)
	cfg := neo4jFlags(fs)
	var role, name *string
	var writes *int
	var upload *int64
	if args[0] == "create" {
		role = fs.String("role", "", "reader, editor or admin")
		name = fs.String("name", "", "who or what the token is for; recorded as the author of its edits")
		writes = fs.Int("writes-per-minute", 0, "this token's limit of writes per minute (0: the server's)")
		upload = fs.Int64("max-upload", 0, "this token's limit on an upload's bytes (0: the server's)")
	}
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	s, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	switch args[0] {
	case "create":
		r, ok := hoigraph.ParseRole(*role)
		if !ok {
			return fmt.Errorf("-role %q: want reader, editor or admin", *role)
		}
		token, t, err := auth.Issue(ctx, s, *name, r, "cli:"+userName(), *writes, *upload)
		if err != nil {
			return err
		}
		fmt.Printf("created token %s named %q with role %s; it is shown once, only its hash is stored:\n", t.ID, t.Name, t.Role)
		fmt.Println(token)
	case "list":
		ts, err := s.Tokens(ctx)
		if err != nil {
			return err
		}
		w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "ID\tNAME\tROLE\tCREATED\tBY\tREVOKED")
		for _, t := range ts {
			revoked := t.RevokedAt
			if revoked == "" {
				revoked = "-"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", t.ID, t.Name, t.Role, t.CreatedAt, t.CreatedBy, revoked)
		}
		return w.Flush()
	case "revoke":
		if fs.NArg() != 1 {
			return fmt.Errorf("usage: hoigraph token revoke ID|NAME")
		}
		t, err := s.RevokeToken(ctx, fs.Arg(0), time.Now().UTC().Format(time.RFC3339))
		if err != nil {
			return err
		}
		fmt.Printf("revoked token %s named %q\n", t.ID, t.Name)
	default:
		return fmt.Errorf("unknown token command %q (want create, list or revoke)", args[0])
	}
	return nil
}

func userName() string {
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	return "unknown"
}
