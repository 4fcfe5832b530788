// A searchable list of units with their lead/partner task counts; arrow keys move between units.
import { Field, Input, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { UnitCount } from "../model/unitCounts";
import { searchUnits } from "../model/unitCounts";
import { S } from "../strings.zh-CN";
import { useStyles } from "./styles";

interface Props {
  units: UnitCount[];
  selected: string | null;
  onSelect(name: string): void;
}

export function UnitPicker({ units, selected, onSelect }: Props) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const shown = searchUnits(units, query);
  return (
    <>
      <Field label={S.filter.searchLabel}>
        <Input
          type="search"
          value={query}
          placeholder={S.filter.searchPlaceholder}
          onChange={(_, d) => setQuery(d.value)}
        />
      </Field>
      <div className={styles.scroll}>
        {shown.length === 0 ? (
          <Text>{S.filter.noUnits}</Text>
        ) : (
          <RadioGroup
            aria-label={S.filter.unitListLabel}
            value={selected ?? ""}
            onChange={(_, d) => onSelect(d.value)}
          >
            {shown.map((u) => (
              <Radio
                key={u.name}
                value={u.name}
                label={`${u.name}${u.kind === "group" ? `（${S.filter.group}）` : ""} ${S.filter.counts(u.lead, u.partner)}`}
              />
            ))}
          </RadioGroup>
        )}
      </div>
    </>
  );
}
