"""Small graphs built in tests, from loader records (not from files)."""
from __future__ import annotations

from kg.model import (Actor, CommitmentRecord, Deadline, DocumentRecord, Evidence, Progress, Target)


def small_docs() -> list[DocumentRecord]:
    """Two documents, five commitments: leads, units with parents, projects, targets, statuses."""
    speech = DocumentRecord(
        source="speech.txt", title="在全县重点项目推进会上的讲话", date="2021-03-15", date_source="option",
        place="示例县", speaker="周立新", speech=1, commitments=(
            CommitmentRecord(
                task="环城北路改扩建工程", text="由赵一民同志牵头,县交通运输局负责,6月底前完成。",
                evidence=(Evidence("由赵一民同志牵头,县交通运输局负责,6月底前完成。", 10, 34),),
                actors=(Actor("赵一民", "person", "lead", "副县长"),
                        Actor("县交通运输局", "organization", "responsible"),
                        Actor("县委宣传部", "organization", "assist")),
                projects=("环城北路改扩建工程",),
                deadline=Deadline("6月底前", "2021-06-30", "month"),
                targets=(Target("完成率", ">=", 100.0, "%", "完成率达到100%"),)),
            CommitmentRecord(
                task="老旧小区改造", text="县住建局负责老旧小区改造,年底前改造2000户。",
                evidence=(Evidence("县住建局负责老旧小区改造,年底前改造2000户。", 40, 62),),
                actors=(Actor("县住建局", "organization", "responsible"),
                        Actor("赵一民", "person", "lead", "副县长")),
                projects=("城东老旧小区改造项目",),
                deadline=Deadline("年底前", "2021-12-31", "year"),
                targets=(Target("改造户数", "=", 2000.0, "户", "改造2000户"),),
                progress=Progress("behind", 40.0, "2021-12-31", "完成40%,滞后")),
            CommitmentRecord(
                task="招商引资考核办法", text="尽快制定招商引资考核办法,由县商务局牵头。",
                evidence=(Evidence("尽快制定招商引资考核办法,由县商务局牵头。", 70, 91),),
                actors=(Actor("县商务局", "organization", "lead"),),
                deadline=Deadline("尽快", None, None)),
        ))
    table = DocumentRecord(
        source="tasks.csv", title="示例县2021年重点任务分解表", kind="table", place="示例县", commitments=(
            CommitmentRecord(task="环城北路通车", text="2 | 环城北路通车 | 孙晓梅 | 县交通运输局",
                             evidence=(Evidence("2 | 环城北路通车 | 孙晓梅 | 县交通运输局"),),
                             actors=(Actor("孙晓梅", "person", "lead"),
                                     Actor("县交通运输局", "organization", "lead")),
                             projects=("环城北路改扩建工程",),
                             deadline=Deadline("2021年9月底", "2021-09-30", "month"),
                             progress=Progress("done", None, "2021-10-10", "已通车"), id="2", line=3),
            CommitmentRecord(task="智慧城管平台", text="3 | 智慧城管平台 | 县城管局",
                             actors=(Actor("县城管局", "organization", "responsible"),),
                             deadline=Deadline("2022年上半年", "2022-06-30", "half"), id="3", line=4),
        ))
    return [speech, table]
