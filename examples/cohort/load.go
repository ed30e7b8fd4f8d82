package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/subsidy"
)

// loadScheme returns the illustrative parameters, or those of a JSON file holding an
// evaluation.Parameters value (scheme, bands, quotas), validated.
func loadScheme(path string) (evaluation.Parameters, error) {
	if path == "" {
		return evaluation.IllustrativeParameters(), nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return evaluation.Parameters{}, err
	}
	var p evaluation.Parameters
	if err := json.Unmarshal(b, &p); err != nil {
		return p, fmt.Errorf("%s: %w", path, err)
	}
	if err := p.Validate(); err != nil {
		return p, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// loadSchedule reads a subsidy schedule from a JSON file and validates it.
func loadSchedule(path string) (*subsidy.Schedule, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var s subsidy.Schedule
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &s, nil
}
