// A labelled native select of 一季度..四季度 (keyboard and screen readers work as in any form).
import { Field, Select } from "@fluentui/react-components";
import type { Quarter } from "../../core/assess";
import { S } from "../strings.zh-CN";

export function QuarterSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Quarter;
  onChange(q: Quarter): void;
}) {
  return (
    <Field label={label}>
      <Select value={String(value)} onChange={(_, d) => onChange(Number(d.value) as Quarter)}>
        {S.quarters.map((name, i) => (
          <option key={name} value={i + 1}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
