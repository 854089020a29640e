import { describe, expect, it } from "vitest";
import {
  applicationQuerySearch,
  DEFAULT_APPLICATION_QUERY,
  isFiltered,
  parseApplicationQuery,
  sortLink,
  withApplicationQuery,
} from "./application-query";

const parse = (search: string) => parseApplicationQuery(new URLSearchParams(search));

describe("parseApplicationQuery", () => {
  it("gives the defaults for an empty query", () => {
    expect(parse("")).toEqual({
      q: "",
      status: [],
      sector: "",
      pavilion: "",
      country: "",
      areaMin: undefined,
      areaMax: undefined,
      powerMin: undefined,
      powerMax: undefined,
      sort: "submitted",
      dir: "desc",
      page: 1,
    });
  });

  it("reads every parameter", () => {
    expect(
      parse(
        "q=+lumen+&status=accepted&status=submitted&sector=video-games&pavilion=pav-sud&country=fr" +
          "&areaMin=9&areaMax=18.5&powerMin=0&powerMax=3&sort=name&dir=desc&page=3",
      ),
    ).toEqual({
      q: "lumen",
      // Workflow order, whatever the order in the URL.
      status: ["submitted", "accepted"],
      sector: "video-games",
      pavilion: "pav-sud",
      country: "FR",
      areaMin: 9,
      areaMax: 18.5,
      powerMin: 0,
      powerMax: 3,
      sort: "name",
      dir: "desc",
      page: 3,
    });
  });

  it.each([
    ["page=-4", { page: 1 }],
    ["page=abc", { page: 1 }],
    ["page=2.5", { page: 1 }],
    ["page=99999999999", { page: 1 }],
    ["sort=DROP%20TABLE", { sort: "submitted" }],
    ["sort=score&dir=sideways", { sort: "score", dir: "desc" }],
    ["sort=name", { sort: "name", dir: "asc" }],
    ["status=nope&status=accepted&status=accepted", { status: ["accepted"] }],
    ["country=France", { country: "" }],
    ["sector=%3Cscript%3E", { sector: "" }],
    ["pavilion=a%20b", { pavilion: "" }],
    ["areaMin=-3&areaMax=abc", { areaMin: undefined, areaMax: undefined }],
    ["powerMin=Infinity&powerMax=1e9", { powerMin: undefined, powerMax: undefined }],
    ["areaMin=36&areaMax=9", { areaMin: 9, areaMax: 36 }],
    ["areaMin=&q=&sector=", { areaMin: undefined, q: "", sector: "" }],
    [`q=${"x".repeat(500)}`, { q: "x".repeat(200) }],
    ["page=2&page=garbage", { page: 2 }],
  ])("falls back to a default for garbage: %s", (search, expected) => {
    expect(parse(search)).toMatchObject(expected);
  });

  it("never throws, whatever the bytes", () => {
    for (const search of ["%", "status", "=&=&", "q=%E2%82", "__proto__=1&constructor=2", "sort[]=name"])
      expect(() => parse(search)).not.toThrow();
  });
});

describe("applicationQuerySearch", () => {
  it("writes only what differs from the defaults, and reads back to the same query", () => {
    expect(applicationQuerySearch(DEFAULT_APPLICATION_QUERY)).toBe("?");
    const query = parse("q=a b&status=in_review&status=accepted&areaMin=9&sort=area&dir=asc&page=2");
    const search = applicationQuerySearch(query);
    expect(search).toBe("?q=a+b&status=in_review&status=accepted&areaMin=9&sort=area&dir=asc&page=2");
    expect(parse(search.slice(1))).toEqual(query);
  });

  it("goes back to page 1 when a filter changes", () => {
    const query = parse("page=4&sector=xr");
    expect(withApplicationQuery(query, { status: ["rejected"] })).toBe("?status=rejected&sector=xr");
  });
});

describe("sortLink", () => {
  it("flips the direction of the current sort, and uses a column's natural direction otherwise", () => {
    const byName = parse("sort=name");
    expect(sortLink(byName, "name")).toBe("?sort=name&dir=desc");
    expect(sortLink(byName, "power")).toBe("?sort=power");
    expect(sortLink(parse(""), "submitted")).toBe("?dir=asc");
  });
});

describe("isFiltered", () => {
  it("tells a narrowed list from the whole one", () => {
    expect(isFiltered(parse("sort=name&page=2"))).toBe(false);
    expect(isFiltered(parse("powerMin=0"))).toBe(true);
    expect(isFiltered(parse("status=draft"))).toBe(true);
  });
});
