import type { Progress } from '@haven/engine';
import {
  journalRecord,
  planWrite,
  snapshotRecord,
  type Backend,
  type MergeProgress,
  type RawCourse,
  type WriteOptions,
  type WriteOutcome,
  type WriteRequest,
} from './backend.js';
import type { EvaluationRecord, JournalRecord, ReflectionRecord, SettingRecord, SnapshotRecord } from './records.js';

const k = (...parts: string[]): string => JSON.stringify(parts);

/**
 * Records in this tab's memory: used when IndexedDB is missing, fails, or had to be let go. Same
 * record shapes and merge rules as IndexedDB, so the rest of the store does not care which it has.
 */
export class MemoryBackend implements Backend {
  readonly kind = 'memory';
  private readonly snapshots = new Map<string, SnapshotRecord>();
  private readonly journal: JournalRecord[] = [];
  private readonly reflectionRecords = new Map<string, ReflectionRecord>();
  private readonly evaluationRecords = new Map<string, EvaluationRecord>();
  private readonly settings = new Map<string, SettingRecord>();
  private seq = 0;

  constructor(
    private readonly now: () => Date,
    seed: { learnerKey: string; progress: ReadonlyMap<string, Progress> } | undefined = undefined,
  ) {
    for (const [courseId, progress] of seed?.progress ?? []) {
      this.snapshots.set(k(seed!.learnerKey, courseId), snapshotRecord(seed!.learnerKey, courseId, progress, 0, now().toISOString()));
    }
  }

  async readCourse(learnerKey: string, courseId: string): Promise<RawCourse> {
    return {
      snapshot: this.snapshots.get(k(learnerKey, courseId)),
      journal: this.journal.filter((e) => e.learnerKey === learnerKey && e.courseId === courseId),
    };
  }

  async write(learnerKey: string, requests: readonly WriteRequest[], merge: MergeProgress, options: WriteOptions): Promise<WriteOutcome[]> {
    const at = this.now().toISOString();
    return requests.map((request): WriteOutcome => {
      const key = k(learnerKey, request.courseId);
      const stored = this.snapshots.get(key);
      const journal = this.journal.filter((e) => e.learnerKey === learnerKey && e.courseId === request.courseId);
      const plan = planWrite(stored, journal, request, merge);
      if (plan.kind === 'refuse') return { ok: false, courseId: request.courseId, code: plan.code, message: plan.message };
      let seq = stored?.journalSeq ?? 0;
      if (options.journal) {
        seq = ++this.seq;
        this.journal.push({ ...journalRecord(learnerKey, request, plan, at), seq });
      }
      this.snapshots.set(key, snapshotRecord(learnerKey, request.courseId, plan.merged, seq, at));
      return { ok: true, courseId: request.courseId, progress: plan.merged };
    });
  }

  async pruneJournal(fraction: number): Promise<number> {
    return this.journal.splice(0, Math.max(1, Math.floor(this.journal.length * fraction))).length;
  }

  async putReflection(record: ReflectionRecord): Promise<void> {
    this.reflectionRecords.set(k(record.learnerKey, record.courseId, record.blockId), record);
  }

  async deleteReflection(learnerKey: string, courseId: string, blockId: string): Promise<void> {
    this.reflectionRecords.delete(k(learnerKey, courseId, blockId));
  }

  async putEvaluation(record: EvaluationRecord): Promise<void> {
    this.evaluationRecords.set(k(record.learnerKey, record.courseId, record.blockId), record);
  }

  async reflections(learnerKey: string, courseId: string): Promise<ReflectionRecord[]> {
    return [...this.reflectionRecords.values()].filter((r) => r.learnerKey === learnerKey && r.courseId === courseId);
  }

  async evaluations(learnerKey: string, courseId: string): Promise<EvaluationRecord[]> {
    return [...this.evaluationRecords.values()].filter((r) => r.learnerKey === learnerKey && r.courseId === courseId);
  }

  async getSetting(name: SettingRecord['name']): Promise<SettingRecord | undefined> {
    return this.settings.get(name);
  }

  async putSetting(record: SettingRecord): Promise<void> {
    this.settings.set(record.name, record);
  }

  async allSettings(): Promise<SettingRecord[]> {
    return [...this.settings.values()];
  }

  async clearCourse(learnerKey: string, courseId: string): Promise<void> {
    const mine = (r: { learnerKey: string; courseId: string }): boolean => r.learnerKey === learnerKey && r.courseId === courseId;
    this.snapshots.delete(k(learnerKey, courseId));
    for (let i = this.journal.length - 1; i >= 0; i--) if (mine(this.journal[i]!)) this.journal.splice(i, 1);
    for (const [key, r] of this.reflectionRecords) if (mine(r)) this.reflectionRecords.delete(key);
    for (const [key, r] of this.evaluationRecords) if (mine(r)) this.evaluationRecords.delete(key);
  }

  close(): void {}
}
