// The licrus simulator lives in this folder; its public surface is exported here.
export {};
