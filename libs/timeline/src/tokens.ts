/** The SqlDatabase holding the read models (the store's own when it is SQL, else a pool on DATABASE_URL). */
export const READ_MODEL_DATABASE = Symbol('READ_MODEL_DATABASE');
