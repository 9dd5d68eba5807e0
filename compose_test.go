package hoigraph_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestDockerCompose keeps docker-compose.yml valid and in step with the
// Neo4j that the scripts run, since no Docker engine here can try it.
func TestDockerCompose(t *testing.T) {
	data, err := os.ReadFile("docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var compose struct {
		Services map[string]struct {
			Image       string            `yaml:"image"`
			Build       any               `yaml:"build"`
			Command     []string          `yaml:"command"`
			Environment map[string]string `yaml:"environment"`
			Healthcheck *struct {
				Test []string `yaml:"test"`
			} `yaml:"healthcheck"`
			DependsOn map[string]struct {
				Condition string `yaml:"condition"`
			} `yaml:"depends_on"`
			Volumes []string `yaml:"volumes"`
		} `yaml:"services"`
		Volumes map[string]any `yaml:"volumes"`
	}
	if err := yaml.Unmarshal(data, &compose); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	for _, name := range []string{"neo4j", "loader", "api"} {
		if _, ok := compose.Services[name]; !ok {
			t.Errorf("service %s missing", name)
		}
	}
	neo := compose.Services["neo4j"]
	pom, err := os.ReadFile("scripts/neo4j/pom.xml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<neo4j.version>([^<]+)</neo4j.version>`).FindSubmatch(pom)
	if m == nil {
		t.Fatal("scripts/neo4j/pom.xml names no neo4j.version")
	}
	if want := "neo4j:" + string(m[1]) + "-community"; neo.Image != want {
		t.Errorf("neo4j image %q, want %q (the version the scripts run)", neo.Image, want)
	}
	if !strings.Contains(neo.Environment["NEO4J_AUTH"], "${NEO4J_PASSWORD") {
		t.Error("neo4j auth does not come from NEO4J_PASSWORD")
	}
	if neo.Healthcheck == nil || len(neo.Volumes) == 0 {
		t.Error("neo4j needs a healthcheck and volumes")
	}
	for _, name := range []string{"loader", "api"} {
		s := compose.Services[name]
		if s.Build == nil {
			t.Errorf("%s is not built from the repository's Dockerfile", name)
		}
		if s.DependsOn["neo4j"].Condition != "service_healthy" {
			t.Errorf("%s does not wait for a healthy neo4j", name)
		}
		if s.Environment["NEO4J_URI"] != "bolt://neo4j:7687" {
			t.Errorf("%s: NEO4J_URI %q", name, s.Environment["NEO4J_URI"])
		}
	}
	if c := compose.Services["loader"].Command; len(c) == 0 || c[0] != "load" {
		t.Errorf("loader command %v does not load", c)
	}
	if _, err := os.Stat("Dockerfile"); err != nil {
		t.Error(err)
	}
}
