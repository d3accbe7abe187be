/**
 * Word lists the offline scorer reasons with. They encode how API authors name things, so that
 * `airportCode`, `airport_code` and "the IATA code of the airport" land on the same tokens. Every
 * list but SINGULAR_EXCEPTIONS, SYNONYMS and COMPOUNDS holds canonical tokens (singular, synonyms
 * folded), since that is what it is compared with.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean));

/** Words that carry no meaning about what a function consumes or produces. */
export const STOP_WORDS = words(`
  a an the of for to in on by with from and or not no is are was were be been being this that these those
  it its as at into onto over under via per than then there here which who whom whose what when where why
  how all any some each every both either neither other another such same own only just also more most less
  much many few can could will would shall should may might must do did done has have had having you your
  we our us i me my he she they them their his her if else so but about above below up down out api
  endpoint v1 v2 v3 v4 http https www com json xml html rest request response return returned returning
  provide provided providing given give using use used based specific specified value parameter param field
  object string option optional required default example eg ie etc e g le la les de des du et en un une
  pour par sur avec il elle est sont data info information detail result function method call allow let
  able via need want like well way
`);

/**
 * Generic words that name the kind of a value rather than the thing itself; an output field called
 * `id` only says *which* id once read together with the function that produced it.
 */
export const ID_LIKE = words("id code key slug handle sku number");

/**
 * Parameters a user states in their own words (dates, free text, paging, formats). An output can still
 * feed them, but they do not make another function a prerequisite, so they do not count against an
 * exact_input edge and a match on them is weak evidence.
 */
export const LITERAL_HEADS = words(`
  date time day month year hour minute second week start end from to since until before after query text
  message comment title subject body description note caption prompt status rating score tag label color
  colour priority level state flag enabled active visibility limit page offset size count per cursor skip
  take top max min sort order direction asc format lang currency unit mode type kind style theme version
  callback amount quantity price width height radius zoom length duration age gender lat lon
`);

/**
 * Heads that only say what kind of value something is; a bare `id` or `name` parameter means the id or
 * name of whatever its description or function is about.
 */
export const QUALIFIED_HEADS = words("id code key slug handle sku number token name title value type status label");

/** Values an API issues itself (ids, tokens, cursors): another API cannot use them, unless universal (below). */
export const ISSUED_VALUES = words("id code key slug handle sku number token session cursor");

/**
 * Qualifiers that make an identifier mean the same in every API (an IMDb id, an IATA airport code, an
 * ISO currency code). Without one, an id belongs to the API that issued it: a MoviesDatabase id is no
 * Watchmode id, so an id link across toolkits is weak.
 */
export const UNIVERSAL_NAMESPACES = words(`
  imdb imdbid tmdb isbn isin cusip ean upc asin vin iso airport country currency lang zipcode icao symbol
  email phone domain url ip ean13 gtin doi pmid
`);

/** Words naming a service's own health, checked before relying on any of its calls. */
export const SERVICE_CHECKS = words("health healthcheck healthz ping heartbeat uptime alive");

/**
 * Words that, next to another function's name in a description, show it is being referred to
 * ("the id returned by Get Categories", "obtained from the list endpoint").
 */
export const MENTION_CUES = words(`
  from using via returned obtained retrieved output response endpoint api method function call service
  route
`);

/**
 * Parameters that appear in most APIs (paging, output shape, auth plumbing); matching on them says little
 * about a dependency between two functions.
 */
export const GENERIC_PARAMS = words(`
  page limit offset size count per cursor skip take sort order direction format lang callback field mode
  version apikey key auth raw pretty verbose output response type kind filter include exclude expand debug
  country region currency timezone tz
`);

/** Names of containers in a response (`results[]`, `data.items[]`) that say nothing about what they hold. */
export const GENERIC_CONTAINERS = words(`
  result data item response list record entry payload body text output hit row node element value
  collection page edge root
`);

/** Verbs whose function hands back entities that other functions then act on. */
export const PRODUCER_VERBS = words(`
  get list search find fetch retrieve lookup look query read show view browse autocomplete suggest discover
  scan generate calculate convert detect recognize extract parse resolve explore track locate identify
  describe top trending latest popular recent count geocode
`);

/** Verbs that act on an entity someone has already identified. */
export const ACTION_VERBS = words(`
  create add insert new make update edit modify patch put set delete remove cancel book reserve order
  purchase buy pay send post publish share upload download play submit transfer move copy rename follow
  unfollow like comment reply subscribe unsubscribe invite schedule start stop open close archive approve
  reject assign register enroll translate shorten write save mark rate review sell withdraw deposit refund
  install run execute
`);

/** Verbs whose function establishes a session every other call of the toolkit relies on (after SYNONYMS: signin → login, authenticate → auth). */
export const AUTH_VERBS = words("login auth connect");

/** Verbs whose function checks a condition another call depends on (`file_exists` before `download_file`). */
export const CHECK_VERBS = words("check exist verify validate is has can ping test confirm");

/** Verbs that undo a session rather than enable one. */
export const TEARDOWN_VERBS = words("logout signout logoff disconnect");

/**
 * Spelling variants mapped onto one canonical token. Kept to synonyms an API author would use
 * interchangeably for the same value; `code` and `id` stay apart (related through ID_LIKE), since an
 * airport code and an airport id are related but not the same thing.
 */
export const SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    identifier: "id",
    ident: "id",
    uid: "id",
    uuid: "id",
    guid: "id",
    town: "city",
    locality: "city",
    municipality: "city",
    location: "place",
    loc: "place",
    venue: "place",
    filename: "file",
    attachment: "file",
    filepath: "path",
    dir: "directory",
    folder: "directory",
    ticker: "symbol",
    username: "user",
    screenname: "user",
    userid: "user",
    mail: "email",
    emailaddress: "email",
    uri: "url",
    link: "url",
    href: "url",
    weburl: "url",
    website: "domain",
    site: "domain",
    hostname: "domain",
    host: "domain",
    latitude: "lat",
    lng: "lon",
    longitude: "lon",
    long: "lon",
    language: "lang",
    locale: "lang",
    q: "query",
    keyword: "query",
    keywords: "query",
    term: "query",
    searchterm: "query",
    nation: "country",
    mobile: "phone",
    telephone: "phone",
    tel: "phone",
    msisdn: "phone",
    phonenumber: "phone",
    img: "image",
    picture: "image",
    photo: "image",
    pic: "image",
    film: "movie",
    msg: "message",
    content: "text",
    datetime: "time",
    timestamp: "time",
    business: "company",
    organization: "company",
    organisation: "company",
    org: "company",
    firm: "company",
    desc: "description",
    num: "number",
    nr: "number",
    qty: "quantity",
    pwd: "password",
    passwd: "password",
    pass: "password",
    accesstoken: "token",
    authtoken: "token",
    bearer: "token",
    zip: "zipcode",
    postcode: "zipcode",
    postalcode: "zipcode",
    clip: "video",
    iata: "airport",
    ipaddress: "ip",
    colis: "parcel",
    shipment: "parcel",
    signin: "login",
    logon: "login",
    authenticate: "auth",
    authentication: "auth",
    authorize: "auth",
    authorization: "auth",
    oauth: "auth",
  }),
);

/** Two-word spellings that mean one thing (`user_name` is a username, `zip_code` a zipcode). */
export const COMPOUNDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "user name": "user",
    "screen name": "user",
    "file name": "file",
    "file path": "path",
    "zip code": "zipcode",
    "postal code": "zipcode",
    "post code": "zipcode",
    "e mail": "email",
    "email address": "email",
    "phone number": "phone",
    "mobile number": "phone",
    "access token": "token",
    "auth token": "token",
    "api key": "apikey",
    "ip address": "ip",
    "host name": "domain",
    "domain name": "domain",
    "web site": "domain",
    "ticker symbol": "symbol",
    "stock symbol": "symbol",
    "date time": "time",
    "time stamp": "time",
    "sign in": "login",
    "log in": "login",
    "sign out": "logout",
    "log out": "logout",
    "look up": "lookup",
    "first name": "firstname",
    "last name": "lastname",
    "full name": "fullname",
    "created at": "time",
    "updated at": "time",
    "modified at": "time",
    "deleted at": "time",
    "published at": "time",
    "per page": "limit",
    "page size": "limit",
  }),
);

/** Pairs of canonical tokens that name closely related values, with how interchangeable they are. */
export const RELATED: ReadonlyMap<string, number> = new Map([
  ["city place", 0.8],
  ["address place", 0.7],
  ["city address", 0.6],
  ["file path", 0.8],
  ["url domain", 0.7],
  ["url path", 0.5],
  ["user email", 0.5],
  ["user account", 0.8],
  ["user member", 0.8],
  ["user author", 0.7],
  ["user profile", 0.7],
  ["user owner", 0.7],
  ["user customer", 0.7],
  ["symbol stock", 0.8],
  ["date time", 0.7],
  ["title name", 0.6],
  ["movie title", 0.6],
  ["product item", 0.8],
  ["parcel order", 0.5],
  ["zipcode place", 0.5],
  ["country place", 0.4],
  ["team club", 0.8],
  ["player athlete", 0.8],
  ["song track", 0.8],
  ["artist singer", 0.8],
  ["recipe dish", 0.7],
  ["hotel property", 0.7],
  ["event match", 0.6],
  ["event game", 0.6],
  ["match game", 0.8],
  ["league competition", 0.8],
  ["league tournament", 0.8],
  ["tournament competition", 0.8],
  ["show series", 0.7],
  ["movie show", 0.6],
  ["channel playlist", 0.4],
  ["video channel", 0.4],
]);

/** Plurals that are not plurals (so `status` does not become `statu`). */
export const SINGULAR_EXCEPTIONS = words(`
  does news status series species analysis basis bus gas alias canvas atlas bonus campus virus plus lens
  ios sms dns aws https its this his was has is us yes always perhaps whereas thus previous various famous
  address access process business class pass less loss boss cross miss glass chess kiss stats
`);
