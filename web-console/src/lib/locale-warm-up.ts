// A worker's whole job: load the browser's locale data off the main thread (see warmUpFormats).
import { warmUpFormats } from "./format";

warmUpFormats();
close();
