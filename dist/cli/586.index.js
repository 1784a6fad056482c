export const id = 586;
export const ids = [586];
export const modules = {

/***/ 9927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ parseJson)
/* harmony export */ });
/** JSON from a response body, or undefined when it is not JSON. */
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   _f: () => (/* binding */ readShape),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   g1: () => (/* binding */ record),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   qU: () => (/* binding */ readFields),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   wC: () => (/* binding */ matching)
/* harmony export */ });
/* unused harmony exports ShapeError, describeValue, anything, either */
/* harmony import */ var _sanitise_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1359);
// The one way an answer from outside (Adobe, GitHub) is read: a reader checks an unknown
// value and returns it typed, or says where it did not fit and what was there instead
// ("imsOrgs[0] was null, not an object"), so an odd answer becomes a row that quotes it,
// never "Cannot read properties of null" from deep inside.
//
// Hand-written rather than a schema library: ncc does not tree-shake, and valibot (the
// smallest candidate) measured 207 kB in each chunk that reads answers, for a handful of
// small shapes; these readers are a few dozen lines and word their findings for our rows.

/** A value that did not fit: where, what was expected, and what was there. */
class ShapeError extends Error {
    constructor(at, expected, seen) {
        super(`${at || 'the answer'} was ${seen}, not ${expected}`);
    }
}
/** What a value is, for a message: type and (capped, sanitised) content. */
function describeValue(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return value.length === 0 ? 'an empty list' : 'a list';
    switch (typeof value) {
        case 'string':
            return `the string "${(0,_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(value, 60)}"`;
        case 'number':
        case 'boolean':
            return `the ${typeof value} ${value}`;
        default:
            return `an ${typeof value}`;
    }
}
const fail = (at, expected, value, seen = describeValue(value)) => new ShapeError(at, expected, seen);
/** Any value at all: for a part whose shape another reader checks. */
const anything = (value) => value;
const text = (value, at) => {
    if (typeof value !== 'string')
        throw fail(at, 'a string', value);
    return value;
};
/** Text matching `pattern`; with `secret`, a misfit says only its length, never its content. */
function matching(pattern, expected, secret = false) {
    return (value, at) => {
        const string = text(value, at);
        if (!pattern.test(string)) {
            const seen = `a string of ${string.length} character${string.length === 1 ? '' : 's'}`;
            throw fail(at, expected, value, secret ? seen : undefined);
        }
        return string;
    };
}
const flag = (value, at) => {
    if (typeof value !== 'boolean')
        throw fail(at, 'true or false', value);
    return value;
};
/** A whole number from min to max, as a JSON number or a string of digits (token claims). */
function wholeNumber(min, max) {
    return (value, at) => {
        const number = typeof value === 'number' || (typeof value === 'string' && /^\d{1,20}$/.test(value))
            ? Number(value)
            : Number.NaN;
        if (!Number.isSafeInteger(number) || number < min || number > max) {
            throw fail(at, `a whole number from ${min} to ${max}`, value);
        }
        return number;
    };
}
/** Absent and null both read as undefined. */
function optional(read) {
    return (value, at) => (value === undefined || value === null ? undefined : read(value, at));
}
function listOf(read) {
    return (value, at) => {
        if (!Array.isArray(value))
            throw fail(at, 'a list', value);
        return value.map((item, index) => read(item, `${at}[${index}]`));
    };
}
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (at, name) => (at ? `${at}.${name}` : name);
const own = (record, name) => Object.hasOwn(record, name) ? record[name] : undefined;
/** An object with these fields (others are ignored). */
function record(fields) {
    return (value, at) => {
        if (!isRecord(value))
            throw fail(at, 'an object', value);
        const result = {};
        for (const [name, read] of Object.entries(fields))
            result[name] = read(own(value, name), field(at, name));
        return result;
    };
}
/** The first reader that fits; the misfit reported is the last one's. */
function either(first, second) {
    return (value, at) => {
        try {
            return first(value, at);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            return second(value, at);
        }
    };
}
function readShape(read, value) {
    try {
        return { ok: true, value: read(value, '') };
    }
    catch (error) {
        if (!(error instanceof ShapeError))
            throw error;
        return { ok: false, problem: (0,_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(error.message) };
    }
}
/**
 * Each field on its own, for error answers: what fits is kept, each misfit is dropped and
 * said, so a refusal is still explained when one of its fields is odd.
 */
function readFields(fields, value) {
    if (!isRecord(value)) {
        // Not JSON at all (a proxy's HTML page) is common for errors and says nothing more.
        const problems = value === undefined
            ? []
            : [(0,_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(`the answer was ${describeValue(value)}, not an object`)];
        return { value: {}, problems };
    }
    const result = {};
    const problems = [];
    for (const [name, read] of Object.entries(fields)) {
        try {
            result[name] = read(own(value, name), name);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            problems.push((0,_sanitise_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitise */ .tB)(error.message));
        }
    }
    return { value: result, problems };
}


/***/ })

};
