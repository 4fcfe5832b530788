// 单位筛选: pick a unit and a role, and/or a 责任领导 (a 分管领导's view of his tasks), then show only those rows on
// 任务清单, 指标填报 and 评分.
import { Button, Checkbox, Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { leaderTaskCounts } from "../../core/filter";
import { unitCounts } from "../model/unitCounts";
import type { ExcelOps, RoleFilter, WorkbookSnapshot } from "../../core/port";
import { S } from "../strings.zh-CN";
import { Feedback } from "./Feedback";
import { useStyles } from "./styles";
import { UnitPicker } from "./UnitPicker";
import { useAction } from "./useAction";
import { WorkbookGatePanel } from "./WorkbookGate";

interface Props {
  ops: ExcelOps;
  snapshot: WorkbookSnapshot | null;
  onRead(snapshot: WorkbookSnapshot): void;
}

export function FilterTab({ ops, snapshot, onRead }: Props) {
  const styles = useStyles();
  const [unit, setUnit] = useState<string | null>(null);
  const [role, setRole] = useState<RoleFilter>("all");
  const [includeGroups, setIncludeGroups] = useState(true);
  const [onlyLagging, setOnlyLagging] = useState(false);
  const [leader, setLeader] = useState<string | null>(null);
  const action = useAction();
  const { busy, messages, run } = action;
  const units = useMemo(
    () => (snapshot ? unitCounts(snapshot.data, includeGroups) : []),
    [snapshot, includeGroups],
  );
  const leaders = useMemo(() => (snapshot ? leaderTaskCounts(snapshot.data.plan) : []), [snapshot]);

  if (!snapshot) return <WorkbookGatePanel action={action} read={ops.readWorkbook} onRead={onRead} />;

  const apply = () =>
    run(async () => {
      if (!unit && !leader) return [{ intent: "warning", text: S.filter.chooseUnit }];
      const result = await ops.applyFilter({ unit, role, includeGroups, onlyLagging, leader });
      return [
        { intent: "success", text: S.filter.applied(unit, leader, result.tasks, result.indicators) },
        ...result.notes.map((text) => ({ intent: "info" as const, text })),
      ];
    });

  const clear = () =>
    run(async () => {
      await ops.clearFilter();
      return [{ intent: "success", text: S.filter.cleared }];
    });

  return (
    <div className={styles.panel}>
      <UnitPicker units={units} selected={unit} onSelect={setUnit} />
      {unit && (
        <div className={styles.row}>
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => setUnit(null)}>
            {S.filter.anyUnit}
          </Button>
        </div>
      )}
      <Field label={S.filter.roleLabel}>
        <RadioGroup layout="horizontal" value={role} onChange={(_, d) => setRole(d.value as RoleFilter)}>
          <Radio value="lead" label={S.filter.roles.lead} />
          <Radio value="partner" label={S.filter.roles.partner} />
          <Radio value="all" label={S.filter.roles.all} />
        </RadioGroup>
      </Field>
      <Checkbox
        checked={includeGroups}
        label={S.filter.includeGroups}
        onChange={(_, d) => setIncludeGroups(d.checked === true)}
      />
      <Field label={S.filter.leaderLabel} hint={leaders.length === 0 ? S.filter.noLeaders : undefined}>
        <Select
          value={leader ?? ""}
          disabled={leaders.length === 0}
          onChange={(_, d) => setLeader(d.value === "" ? null : d.value)}
        >
          <option value="">{S.filter.anyLeader}</option>
          {leaders.map((l) => (
            <option key={l.leader} value={l.leader}>
              {S.filter.leaderOption(l.leader, l.tasks)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        checked={onlyLagging}
        label={S.filter.onlyLagging}
        onChange={(_, d) => setOnlyLagging(d.checked === true)}
      />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={apply}>
          {S.filter.apply}
        </Button>
        <Button disabled={busy} onClick={clear}>
          {S.filter.clear}
        </Button>
      </div>
      <Feedback messages={messages} />
    </div>
  );
}
