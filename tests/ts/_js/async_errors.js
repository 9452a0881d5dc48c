"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Async service code: custom errors with parameter properties, async
// iteration, Promise combinators; ends with an uncaught custom error.
class AppError extends Error {
    code;
    retry;
    constructor(message, code, retry = false) {
        super(message);
        this.code = code;
        this.retry = retry;
        this.name = new.target.name;
    }
}
class NotFound extends AppError {
    what;
    constructor(what) {
        super(`${what} not found`, "E_NOTFOUND");
        this.what = what;
    }
}
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function run(job) {
    await sleep(job.ms);
    if (job.fail)
        throw new AppError(`job ${job.id} failed`, "E_JOB", job.id % 2 === 0);
    return `job ${job.id} done`;
}
async function* batches(items, size) {
    for (let i = 0; i < items.length; i += size) {
        await sleep(1);
        yield items.slice(i, i + size);
    }
}
async function main() {
    const jobs = [{ id: 1, ms: 3 }, { id: 2, ms: 1, fail: true }, { id: 3, ms: 2 }, { id: 4, ms: 1, fail: true }];
    const settled = await Promise.allSettled(jobs.map(run));
    for (const s of settled) {
        if (s.status === "fulfilled")
            console.log("ok", s.value);
        else {
            const e = s.reason;
            console.log("err", e.name, e.code, e.retry, e instanceof AppError, e instanceof Error);
        }
    }
    console.log(await Promise.race([run({ id: 5, ms: 5 }), run({ id: 6, ms: 1 })]));
    try {
        await Promise.any([run({ id: 7, ms: 1, fail: true }), run({ id: 8, ms: 2, fail: true })]);
    }
    catch (e) {
        const agg = e;
        console.log(agg.constructor.name, agg.errors.map((x) => x.message));
    }
    for await (const b of batches(["a", "b", "c", "d", "e"], 2))
        console.log(b);
    const nf = new NotFound("user 9");
    console.log(nf.name, nf.message, nf.code, nf.what, Object.keys(nf));
    throw nf;
}
main();
