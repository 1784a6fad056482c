// Setup file of every test file: the temporary folders a file made go when it ends.
import { afterAll } from 'vitest';
import { removeTempDirs } from '../../tools/temp.js';

afterAll(removeTempDirs);
