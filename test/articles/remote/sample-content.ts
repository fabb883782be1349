/** Short, clearly synthetic posts and feed items (invented towns: Quillfield, Lowmead, Osterby). */
import type { FeedEntry } from "../../fakes/fake-feeds";
import { type FakePost, fakePost } from "../../fakes/fake-wordpress";

/** Eight posts, three pages of three at the fake's page size; post 8 has no content. */
export function samplePosts(): FakePost[] {
  return [
    fakePost(
      1,
      "Quillfield tram depot repaints its fleet",
      "<p>The Quillfield tram depot will repaint all fourteen trams in a teal livery before the spring timetable, the transit board said.</p>",
      { categories: ["Transport", "Local"] },
    ),
    fakePost(
      2,
      "Night ferry to Osterby",
      "<p>A night ferry crossing between Quillfield and Osterby will run on Fridays from July, leaving the north pier at 23:40.</p>",
    ),
    fakePost(
      3,
      "Library lends telescopes",
      "<p>The Quillfield library now lends six portable telescopes, each for two weeks, to any card holder over twelve.</p>",
    ),
    fakePost(
      4,
      "Orchard cooperative buys a cider press",
      "<p>The Lowmead orchard cooperative bought a second-hand cider press for 8,200 euros with money raised at its autumn fair.</p>",
    ),
    fakePost(
      5,
      "Council&#8217;s car-free Sundays &amp; the Marrow Street trial",
      "<p>Marrow Street will be closed to cars on the first Sunday of each month during a six-month trial approved by the council.</p>",
    ),
    fakePost(
      6,
      "Pool roof repaired",
      "<p>The municipal pool reopens on Monday after a leaking roof panel was replaced at a cost of 41,000 euros.</p>",
    ),
    fakePost(
      7,
      "Chess club wins the regional league",
      "<p>The Quillfield chess club beat Osterby five games to three to win the regional league for the first time since 1987.</p>",
    ),
    fakePost(8, "Photo gallery: harvest parade", "<p> </p>"),
  ];
}

export function sampleRssItems(): FeedEntry[] {
  return [
    {
      title: "Bakery opens in the old fire station",
      link: "https://courier.invalid/bakery-fire-station",
      published: "2024-05-20T07:00:00Z",
      author: "Bea Feedwriter",
      category: "Business",
      summary: "A bakery has opened.",
      content:
        "<p>A bakery opened on Tuesday in the former Quillfield fire station, selling rye loaves baked beside the old hose tower.</p>",
    },
    {
      title: "Bus route 9 extended to the business park",
      link: "https://courier.invalid/bus-route-9",
      published: "2024-05-21T07:00:00Z",
      author: "Bea Feedwriter",
      summary:
        "<p>Bus route 9 will extend to the Lowmead business park from 3 June, adding four new stops.</p>",
    },
  ];
}

export function sampleAtomEntries(): FeedEntry[] {
  return [
    {
      title: "Beekeepers count 312 hives",
      link: "https://ledger.invalid/beekeepers-hives",
      published: "2024-05-22T06:00:00Z",
      author: "Cal Atomwriter",
      summary: "Hives counted.",
      content:
        "<p>Volunteer beekeepers counted 312 hives across the Lowmead allotments this spring, up from 270 a year earlier.</p>",
    },
    {
      title: "Observatory open night",
      link: "https://ledger.invalid/observatory-open-night",
      published: "2024-05-23T06:00:00Z",
      author: "Cal Atomwriter",
      summary:
        "<p>The hill observatory above Lowmead holds an open night on 14 September with guided views of Saturn.</p>",
    },
  ];
}
